pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The company names the user saved with their card company's and bank's numbers (MyContacts.labels), as
// buttons that fill a field: one press instead of typing. Hidden when there are none.
ColumnLayout {
    id: root

    signal chosen(string name)

    visible: MyContacts.labels.length > 0
    spacing: Theme.spacingSmall / 2

    Label {
        Layout.fillWidth: true
        text: qsTr("登録した会社から選ぶ：", "@label pick one of the saved company names")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        Repeater {
            model: MyContacts.labels

            delegate: Button {
                id: chip

                required property string modelData

                objectName: "suggestion:" + modelData
                implicitHeight: Theme.touchTargetMin
                text: chip.modelData
                font.pixelSize: Theme.fontBody
                flat: true
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("%1を入れる", "@action:button fill in a saved company name").arg(chip.modelData)
                Accessible.onPressAction: root.chosen(chip.modelData)
                onClicked: root.chosen(chip.modelData)

                background: Rectangle {
                    radius: Theme.radius
                    color: chip.down ? Theme.cardPressed : Theme.card
                    border.width: chip.visualFocus ? Theme.selectedBorderWidth : Theme.borderWidth
                    border.color: chip.visualFocus ? Theme.text : Theme.accent
                }
            }
        }
    }
}
