import QtQuick
import QtQuick.Controls
import PhishAid

// A small drawing of the back of a credit card: the magnetic stripe, the signature panel, and the line
// of small print where the issuer's phone number is, marked. Shows where to look; says nothing secret.
Item {
    id: root

    objectName: "cardBackDrawing"
    implicitWidth: 220
    implicitHeight: 138 + hint.implicitHeight + Theme.spacingSmall
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("カードの裏面の図。電話番号は、裏面の下のほうの小さな文字の中にあります。")

    Rectangle {
        id: card

        width: 220
        height: 138
        radius: 10
        color: Theme.subtle
        border.width: Theme.borderWidth
        border.color: Theme.cardBorder

        // The magnetic stripe.
        Rectangle {
            y: 16
            width: parent.width
            height: 26
            color: Theme.text
            opacity: 0.75
        }

        // The signature panel.
        Rectangle {
            x: 14
            y: 54
            width: 130
            height: 22
            color: Theme.card
            border.width: 1
            border.color: Theme.cardBorder
        }

        // Small print, with the phone number's line marked.
        Repeater {
            model: 3

            delegate: Rectangle {
                required property int index

                x: 14
                y: 88 + index * 12
                width: index === 1 ? 120 : 170
                height: 5
                radius: 2
                color: Theme.textSecondary
                opacity: 0.6
            }
        }

        Rectangle {
            x: 8
            y: 93
            width: 134
            height: 18
            radius: 9
            color: "transparent"
            border.width: 3
            border.color: Theme.danger
        }
    }

    Label {
        id: hint

        anchors.top: card.bottom
        anchors.topMargin: Theme.spacingSmall
        width: card.width
        text: WordWrap.keepWords(qsTr("赤い丸のところに、電話番号が書かれています"))
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        Accessible.ignored: true
    }
}
