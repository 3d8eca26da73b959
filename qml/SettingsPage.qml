pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// Settings: which guidance the app carries and whether a newer one is available. The Updater singleton
// (C++) does the checking, verifying and installing; this page only shows it and offers 今すぐ確認.
Page {
    id: root

    // In Japan time whatever the device's zone, as everywhere else in the app; empty for an unknown date.
    function formatDate(value: date): string {
        return JapanTime.dateTime(value);
    }

    objectName: "settingsPage"
    padding: 0
    title: qsTr("設定", "@title settings page")
    Accessible.role: Accessible.Pane
    Accessible.name: title

    Flickable {
        id: flickable

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column

            x: (flickable.width - width) / 2
            y: Theme.pageMargin
            width: Math.min(flickable.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("案内の内容", "@title:group the guidance content and its version")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                objectName: "contentVersion"
                Layout.fillWidth: true
                text: qsTr("第%1版", "@info content version number").arg(ContentStore.contentVersion)
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Label {
                objectName: "contentDate"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.formatDate(ContentStore.contentDate).length > 0 ? qsTr("%1 作成", "@info when the content was made").arg(root.formatDate(ContentStore.contentDate)) : ""
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                text: qsTr("案内の更新", "@title:group checking for newer guidance")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                objectName: "updatesOff"
                Layout.fillWidth: true
                visible: !Updater.enabled
                text: qsTr("このアプリでは案内の更新の確認がオフになっているため、入っている案内をそのまま使います。")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Label {
                objectName: "lastCheck"
                Layout.fillWidth: true
                visible: Updater.enabled
                text: Updater.checked ? qsTr("最後に確認した日時：%1", "@info when updates were last checked").arg(root.formatDate(Updater.lastCheck)) : qsTr("まだ確認していません。")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Label {
                objectName: "lastResult"
                Layout.fillWidth: true
                visible: Updater.enabled && text.length > 0
                text: Updater.lastResultText
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Button {
                objectName: "checkNow"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                visible: Updater.enabled
                enabled: !Updater.busy
                highlighted: true
                text: qsTr("今すぐ確認", "@action:button check for newer guidance now")
                font.pixelSize: Theme.fontBody
                Accessible.role: Accessible.Button
                Accessible.name: text
                Accessible.onPressAction: Updater.checkNow()
                onClicked: Updater.checkNow()
            }

            // While a check runs: what is happening, how far the download is, and a way out.
            ColumnLayout {
                objectName: "progress"
                Layout.fillWidth: true
                visible: Updater.busy
                spacing: Theme.spacingSmall

                Label {
                    Layout.fillWidth: true
                    text: Updater.progress < 0 ? qsTr("新しい案内があるか確認しています…") : qsTr("新しい案内をダウンロードしています… %1%").arg(Math.round(Updater.progress * 100))
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }

                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: 1
                    value: Math.max(0, Updater.progress)
                    indeterminate: Updater.progress < 0
                    Accessible.role: Accessible.ProgressBar
                    Accessible.name: qsTr("ダウンロードの進み具合", "@info:progress download progress")
                }

                Button {
                    objectName: "cancel"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    text: qsTr("キャンセル", "@action:button stop checking for newer guidance")
                    font.pixelSize: Theme.fontBody
                    Accessible.role: Accessible.Button
                    Accessible.name: text
                    Accessible.onPressAction: Updater.cancel()
                    onClicked: Updater.cancel()
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: Updater.enabled
                text: qsTr("新しい案内は、配信元の署名を確かめてから入れます。確認できなかったときは、いまの案内をそのまま使います。")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                lineHeight: 1.2
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
