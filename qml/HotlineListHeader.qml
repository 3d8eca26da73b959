import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The top of the hotline list: what the page is for, a word when the search finds nothing, and the way to
// save one's own numbers. (The search field stays above the list, so typing never loses it.)
Item {
    id: root

    // What the user is searching for, and how many hotlines are left, to say when none is.
    property string filter
    property int resultCount: 0

    signal myContactsRequested

    implicitHeight: column.implicitHeight + Theme.spacing

    ColumnLayout {
        id: column

        x: (parent.width - width) / 2
        y: Theme.spacing
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("困ったときの電話番号と窓口です。ボタンを押すと、かける前に確かめる画面が出ます。")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            lineHeight: 1.15
        }

        Label {
            Layout.fillWidth: true
            visible: root.resultCount === 0 && root.filter.length > 0
            text: qsTr("「%1」に合う窓口は見つかりませんでした。ほかのことばで探してください。").arg(root.filter)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        WideButton {
            Layout.fillWidth: true
            text: qsTr("カード会社・銀行の番号を登録する", "@action:button open the page that saves my own numbers")
            font.pixelSize: Theme.fontBody
            onClicked: root.myContactsRequested()
        }
    }
}
