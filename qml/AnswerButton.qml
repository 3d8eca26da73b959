import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// One answer to the current question: a big full-width button whose text wraps, never elides.
// Single choice: pressing it answers and moves on. Multiple choice: pressing it ticks or unticks it.
AbstractButton {
    id: root

    required property int index
    required property string answerId
    required text
    required property string detail
    required property bool selected
    // Money is being taken now: a red edge and bold words set it apart from the calmer answers.
    required property bool emergency
    property bool multipleChoice: false

    objectName: "answer:" + answerId
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.padding
    spacing: Theme.spacing
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus

    Accessible.role: multipleChoice ? Accessible.CheckBox : Accessible.Button
    Accessible.name: text
    Accessible.description: detail
    Accessible.checkable: multipleChoice
    Accessible.checked: selected
    Accessible.onPressAction: root.clicked()

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.cardPressed : (root.selected ? Theme.selectedFill : Theme.card)
        border.width: root.selected || root.visualFocus || root.emergency ? Theme.selectedBorderWidth : Theme.borderWidth
        border.color: root.selected || root.visualFocus ? Theme.accent : (root.emergency ? Theme.danger : Theme.cardBorder)
    }

    contentItem: RowLayout {
        spacing: root.spacing

        // The tick box of a multiple-choice answer.
        Rectangle {
            visible: root.multipleChoice
            Layout.alignment: Qt.AlignVCenter
            Layout.preferredWidth: 30
            Layout.preferredHeight: 30
            radius: 6
            color: root.selected ? Theme.accent : "transparent"
            border.width: 2
            border.color: root.selected ? Theme.accent : Theme.textSecondary
            Accessible.ignored: true

            Label {
                anchors.centerIn: parent
                visible: root.selected
                text: "✓"
                color: Theme.accentText
                font.pixelSize: 22
                font.bold: true
                Accessible.ignored: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: WordWrap.keepWords(root.text)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: root.emergency ? Theme.danger : Theme.text
                font.pixelSize: Theme.fontAnswer
                font.bold: root.selected || root.emergency
                Accessible.ignored: true
            }

            Label {
                Layout.fillWidth: true
                visible: root.detail.length > 0
                text: WordWrap.keepWords(root.detail)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                Accessible.ignored: true
            }
        }

        // Single choice: the answer leads on.
        Label {
            visible: !root.multipleChoice
            Layout.alignment: Qt.AlignVCenter
            text: "›"
            color: root.selected ? Theme.accent : Theme.textSecondary
            font.pixelSize: 30
            Accessible.ignored: true
        }
    }
}
