import QtQuick
import QtQuick.Controls

// The big tick box of a checklist step: a 56 px target with a 34 px box. Pressing it asks to change the
// state (tickRequested); `checked` is bound to the model, so it never shows a tick that was not saved.
AbstractButton {
    id: root

    signal tickRequested(bool checked)

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    checkable: false
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.onPressAction: root.tickRequested(!root.checked)
    Accessible.onToggleAction: root.tickRequested(!root.checked)
    onClicked: tickRequested(!checked)

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.cardPressed : "transparent"
        border.width: root.visualFocus ? Theme.selectedBorderWidth : 0
        border.color: Theme.text
    }

    contentItem: Item {
        Rectangle {
            anchors.centerIn: parent
            width: 34
            height: 34
            radius: 7
            color: root.checked ? Theme.tickFill : Theme.card
            border.width: root.checked ? 0 : 3
            border.color: Theme.textSecondary
            Accessible.ignored: true

            Label {
                anchors.centerIn: parent
                visible: root.checked
                text: "✓"
                color: Theme.tickMark
                font.pixelSize: 26
                font.bold: true
                Accessible.ignored: true
            }
        }
    }
}
