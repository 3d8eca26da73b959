import QtQuick
import QtQuick.Controls

// A SpinBox for fingers: − and + as 56 px buttons on either side of the value, no typing. `label` names
// it for screen readers; textFromValue shows the value in words ("11月23日(日)", "18時").
SpinBox {
    id: root

    property string label

    implicitWidth: Math.max(3 * Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Theme.touchTarget
    leftPadding: Theme.touchTarget + Theme.spacingSmall
    rightPadding: Theme.touchTarget + Theme.spacingSmall
    topPadding: 0
    bottomPadding: 0
    editable: false
    font.pixelSize: Theme.fontAnswer
    font.bold: true
    Accessible.role: Accessible.SpinBox
    Accessible.name: root.label
    Accessible.description: root.displayText
    Accessible.onPressAction: root.forceActiveFocus()
    Accessible.onIncreaseAction: root.increase()
    Accessible.onDecreaseAction: root.decrease()

    contentItem: Label {
        text: root.displayText
        font: root.font
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        Accessible.ignored: true
    }

    down.indicator: Rectangle {
        x: 0
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: root.down.pressed ? Theme.cardPressed : Theme.card
        border.width: 2
        border.color: root.value > root.from || root.wrap ? Theme.accent : Theme.disabledFill
        Accessible.ignored: true

        Label {
            anchors.centerIn: parent
            text: "−"
            color: root.value > root.from || root.wrap ? Theme.accent : Theme.disabledText
            font.pixelSize: 30
            font.bold: true
            Accessible.ignored: true
        }
    }

    up.indicator: Rectangle {
        x: root.width - width
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: root.up.pressed ? Theme.cardPressed : Theme.card
        border.width: 2
        border.color: root.value < root.to || root.wrap ? Theme.accent : Theme.disabledFill
        Accessible.ignored: true

        Label {
            anchors.centerIn: parent
            text: "+"
            color: root.value < root.to || root.wrap ? Theme.accent : Theme.disabledText
            font.pixelSize: 30
            font.bold: true
            Accessible.ignored: true
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.subtle
        border.width: root.visualFocus ? Theme.selectedBorderWidth : 0
        border.color: Theme.text
    }
}
