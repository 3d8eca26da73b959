import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Who to call, mail or visit for one action: the name and the number in large type, and one clear button.
// "own" contacts (the user's own card company or bank) have no fixed number: they get a sentence instead.
Rectangle {
    id: root

    property string contactId
    property string kind // "phone", "mail", "web", "own"
    property string name
    property string value
    property string uri
    property string purpose
    property string prepare
    property string hours
    property string cost
    property bool callable: false

    // Only contacts confirmed by an official source get a one-tap button (the core decides: callable).
    readonly property bool hasButton: callable && kind !== "own" && uri.length > 0
    // What to show in large type: the number, the address, or the web site's domain.
    readonly property string shownValue: kind === "web" ? value.replace(/^[a-z]+:\/\//i, "").replace(/[\/?#].*$/, "") : value

    objectName: "contact:" + contactId
    implicitWidth: column.implicitWidth + 2 * Theme.padding
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.subtle
    Accessible.role: Accessible.Grouping
    Accessible.name: name

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: root.name
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
        }

        Label {
            Layout.fillWidth: true
            visible: root.kind !== "own" && root.shownValue.length > 0
            text: root.shownValue
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            color: Theme.text
            font.pixelSize: root.kind === "phone" ? Theme.fontNumber : Theme.fontAnswer
            font.bold: true
        }

        Label {
            Layout.fillWidth: true
            visible: root.kind === "own"
            text: qsTr("電話番号は、お手元のカードの裏面や通帳、公式アプリで確かめてください。")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            lineHeight: 1.15
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.purpose
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            lineHeight: 1.15
        }

        Label {
            Layout.fillWidth: true
            visible: root.prepare.length > 0
            text: qsTr("用意するもの：%1", "@label what to have at hand before calling").arg(root.prepare)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }

        Label {
            Layout.fillWidth: true
            visible: root.hours.length > 0
            text: qsTr("受付時間：%1", "@label opening hours of a hotline").arg(root.hours)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }

        Label {
            Layout.fillWidth: true
            visible: root.cost.length > 0
            text: qsTr("料金：%1", "@label what a call costs").arg(root.cost)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }

        WideButton {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: root.hasButton
            highlighted: true
            text: root.kind === "phone" ? qsTr("電話する", "@action:button call this number") : root.kind === "mail" ? qsTr("メールで報告する", "@action:button write a report mail") : qsTr("サイトを開く", "@action:button open the web site")
            Accessible.name: root.kind === "phone" ? qsTr("%1に電話する", "@action:button call <contact name>").arg(root.name) : root.kind === "mail" ? qsTr("%1にメールで報告する", "@action:button mail <contact name>").arg(root.name) : qsTr("%1のサイトを開く", "@action:button open the site of <contact name>").arg(root.name)
            onClicked: Qt.openUrlExternally(root.uri)
        }
    }
}
