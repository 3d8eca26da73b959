pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// 見分けるポイント: the signs of a fake mail from the origin articles and facts.md, each with a small example.
// Addresses in the examples are written so that they cannot be tapped (example[.]top).
Page {
    id: root

    objectName: "signsPage"
    padding: 0
    title: qsTr("見分けるポイント", "@title the signs of a fake mail")
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
                text: WordWrap.keepWords(qsTr("ひとつでも当てはまったら、メールの中のリンクや番号は使わないでください。当てはまらなくても、本物とは限りません。"))
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
            }

            Repeater {
                model: ListModel {

                    ListElement {
                        heading: qsTr("送ってきたアドレスが、会社のものではない")
                        example: qsTr("表示名が「JCB」でも、アドレスは jcb-info@example[.]top。名前を押すと、アドレスが見られます。")
                    }

                    ListElement {
                        heading: qsTr("あなたの名前が書かれていない")
                        example: qsTr("「お客様各位」「会員様」だけで、名前がない。")
                    }

                    ListElement {
                        heading: qsTr("急がせる")
                        example: qsTr("「24時間以内に」「アカウントが停止されます」「至急」「速やかな対応を」")
                    }

                    ListElement {
                        heading: qsTr("カード番号や暗証番号、パスワードを求める")
                        example: qsTr("本物の会社は、メールでこれらを聞きません。")
                    }

                    ListElement {
                        heading: qsTr("リンクの本当の行き先が違う")
                        example: qsTr("表示は jcb.co.jp でも、行き先は jcb.co.jp.example[.]top。")
                    }

                    ListElement {
                        heading: qsTr("よく似た文字や、似た名前のアドレス")
                        example: qsTr("amaz0n(ゼロ)、smbc-card-login[.]com、amazon-co-jp[.]info")
                    }

                    ListElement {
                        heading: qsTr("SMSが海外の番号から来る")
                        example: qsTr("+1 や +63 で始まる番号から、日本の会社を名のるSMS。国税庁は、SMSで税金の連絡をしません。")
                    }

                    ListElement {
                        heading: qsTr("注意が呼びかけられた件名")
                        example: qsTr("「【ご協力のお願い】不正利用防止のため速やかな対応をお願いします」(2025年10月)")
                    }
                }

                delegate: Rectangle {
                    id: sign

                    required property string heading
                    required property string example

                    Layout.fillWidth: true
                    implicitHeight: signColumn.implicitHeight + 2 * Theme.padding
                    radius: Theme.radius
                    color: Theme.card
                    border.width: Theme.borderWidth
                    border.color: Theme.cardBorder
                    Accessible.role: Accessible.Grouping
                    Accessible.name: heading

                    ColumnLayout {
                        id: signColumn

                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: Theme.spacingSmall

                        Label {
                            Layout.fillWidth: true
                            text: WordWrap.keepWords(sign.heading)
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.pixelSize: Theme.fontAnswer
                            font.bold: true
                            Accessible.role: Accessible.Heading
                            Accessible.name: sign.heading
                        }

                        Label {
                            Layout.fillWidth: true
                            text: WordWrap.keepWords(qsTr("例：%1", "@info an example of a sign").arg(sign.example))
                            wrapMode: Text.Wrap
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontBody
                            Accessible.role: Accessible.StaticText
                            Accessible.name: sign.example
                        }
                    }
                }
            }
        }
    }
}
