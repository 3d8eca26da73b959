import QtQuick
import QtQuick.Controls

// 受付中 / 受付時間外 (with the next opening) as a small pill; other states as plain text.
Label {
    id: root

    // "open", "closed", "unknown" or "none" (HotlineModel's openState).
    property string openState

    readonly property bool pill: openState === "open" || openState === "closed"

    leftPadding: pill ? 10 : 0
    rightPadding: pill ? 10 : 0
    topPadding: pill ? 3 : 0
    bottomPadding: pill ? 3 : 0
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    color: openState === "open" ? Theme.urgencyLaterText : Theme.text
    font.pixelSize: Theme.fontSmall
    font.bold: pill
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    background: Rectangle {
        visible: root.pill
        radius: height / 2
        color: root.openState === "open" ? Theme.urgencyLater : Theme.subtle
        border.width: root.openState === "open" ? 0 : Theme.borderWidth
        border.color: Theme.cardBorder
    }
}
