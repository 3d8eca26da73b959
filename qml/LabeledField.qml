import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One field of a form with its label always in view above it (never a placeholder alone), an optional line
// of help under the label, and an optional unit after the field (円).
ColumnLayout {
    id: root

    required property string label
    property string hint
    property string placeholder
    property string suffix
    property alias text: field.text
    property alias inputMethodHints: field.inputMethodHints
    readonly property alias field: field

    signal edited

    spacing: Theme.spacingSmall / 2

    Label {
        Layout.fillWidth: true
        text: root.label
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        Accessible.ignored: true
    }

    Label {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        Accessible.ignored: true
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        TextField {
            id: field

            objectName: "field:" + root.objectName
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            placeholderText: root.placeholder
            font.pixelSize: Theme.fontBody
            color: Theme.text
            placeholderTextColor: Theme.textSecondary
            Accessible.role: Accessible.EditableText
            Accessible.name: root.label
            Accessible.description: root.hint
            Accessible.onPressAction: field.forceActiveFocus()
            onTextEdited: root.edited()
        }

        Label {
            visible: root.suffix.length > 0
            text: root.suffix
            color: Theme.text
            font.pixelSize: Theme.fontBody
            Accessible.ignored: true
        }
    }
}
