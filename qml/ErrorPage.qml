import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// Shown when the guidance could not be loaded: what happened and what to do, in plain words.
// The technical detail is kept small at the bottom, for support only.
Page {
    id: root

    property int status: ContentStore.NotLoaded
    property string technicalDetail

    objectName: "errorPage"
    padding: 0
    Accessible.role: Accessible.Pane
    Accessible.name: title.text

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
                id: title

                Layout.fillWidth: true
                text: qsTr("いまは案内を表示できません")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontQuestion
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("何が起きたか")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                objectName: "errorWhat"
                Layout.fillWidth: true
                text: root.status === ContentStore.TooNew ? qsTr("案内の内容が新しくなっていて、いまのアプリでは表示できません。") : root.status === ContentStore.Corrupt ? qsTr("アプリの中の案内の内容が壊れていて、表示できません。") : qsTr("アプリの中に、案内の内容が見つかりませんでした。")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("どうすればよいか")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                objectName: "errorWhatToDo"
                Layout.fillWidth: true
                text: root.status === ContentStore.TooNew ? qsTr("アプリを最新版に更新してください。更新したあと、もう一度開いてください。記録やメモは、更新しても消えません。") : qsTr("アプリを一度閉じて、もう一度開いてください。それでも表示されないときは、アプリを最新版に更新してください。アプリを削除すると記録やメモも消えるので、削除はしないでください。下の窓口には、いつでも電話できます。")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
            }

            // What matters most, even without the guide.
            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                implicitHeight: urgentColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: Theme.subtle

                ColumnLayout {
                    id: urgentColumn

                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacingSmall

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("急いでいるとき")
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("カード番号などを入力してしまったときは、カードの裏面に書いてある電話番号に、すぐ電話してください。どうしたらよいか分からないときは、消費者ホットライン「188」に相談できます。")
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        lineHeight: 1.2
                    }
                }
            }

            Label {
                objectName: "technicalDetail"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                visible: root.technicalDetail.length > 0
                text: qsTr("お問い合わせ用の情報：%1", "@info technical detail for support staff").arg(root.technicalDetail)
                textFormat: Text.PlainText
                wrapMode: Text.WrapAnywhere
                color: Theme.textSecondary
                font.pixelSize: Theme.fontTiny
            }
        }
    }
}
