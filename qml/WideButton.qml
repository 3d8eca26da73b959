import QtQuick
import QtQuick.Controls
import PhishAid

// A big full-width button with plain colours from Theme (no Material elevation): filled for the one
// main action on a screen (highlighted), outlined for the others, red for deleting (danger). At least
// 56 px high; the text wraps.
Button {
    id: root

    // Deleting: red outline, or red fill when also highlighted (the confirmation's button).
    property bool danger: false

    readonly property color tone: root.danger ? Theme.danger : Theme.accent

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    topInset: 0
    bottomInset: 0
    leftInset: 0
    rightInset: 0
    padding: Theme.spacing
    font.pixelSize: Theme.fontAnswer
    font.bold: true
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: {
        if (root.enabled)
            root.clicked();
    }

    background: Rectangle {
        radius: Theme.radius
        color: !root.enabled ? Theme.disabledFill : root.highlighted ? (root.down ? (root.danger ? Theme.urgencyNow : Theme.accentPressed) : root.tone) : (root.down ? Theme.cardPressed : "transparent")
        border.width: root.visualFocus ? Theme.selectedBorderWidth : (root.highlighted || !root.enabled ? 0 : 2)
        border.color: root.visualFocus ? Theme.text : root.tone
    }

    contentItem: Label {
        text: WordWrap.keepWords(root.text)
        font: root.font
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !root.enabled ? Theme.disabledText : root.highlighted ? (root.danger ? Theme.dangerText : Theme.accentText) : root.tone
        Accessible.ignored: true
    }
}
