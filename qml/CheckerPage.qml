pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// このメール、本物？: the user pastes a whole message, a subject, a sender, a link or a number, and the checker
// (MailCheck, offline) says what it finds, in calm words and never "safe". Then what to do, and a way into the
// guide for someone who already tapped or typed. Nothing pasted is kept: the field and the result are cleared
// when the page is left (popped, or its tab left), and nothing is fetched, resolved, logged or stored.
Page {
    id: root

    readonly property alias mailCheck: mailCheck
    readonly property alias field: field

    // The user already did something: into the guide at the right question ("tapped-link", "replied", "called").
    signal wizardRequested(string answerId)
    // 見分けるポイント.
    signal signsRequested

    function forget(): void {
        field.clear();
        mailCheck.clear();
        addedText.text = "";
    }

    objectName: "checkerPage"
    padding: 0
    title: qsTr("このメール、本物？", "@title the offline checker")
    Accessible.role: Accessible.Pane
    Accessible.name: title
    // Left: popped (the page goes anyway), or another tab shown, or a page pushed on top.
    onVisibleChanged: {
        if (!visible)
            forget();
    }

    MailCheck {
        id: mailCheck

        store: ContentStore
    }

    // The record being worked on, if any: what the check found can be written into its empty fields.
    IncidentRecord {
        id: openRecord

        incidents: Incidents
        incidentId: Incidents.openIncidentId
    }

    // Fills the open record's empty fields (who sent it, the fake site defanged, the company imitated) with what
    // the check found; never overwrites what the user wrote. Returns the sentence to show.
    function addToRecord(): string {
        const sender = openRecord.sender.length > 0 ? openRecord.sender : mailCheck.suspectSender;
        const site = openRecord.fakeSite.length > 0 ? openRecord.fakeSite : mailCheck.suspectAddress;
        const company = openRecord.imitatedCompany.length > 0 ? openRecord.imitatedCompany : mailCheck.brandName;
        if (sender === openRecord.sender && site === openRecord.fakeSite && company === openRecord.imitatedCompany)
            return qsTr("記録には、もう書かれています。");
        const error = openRecord.saveDetails(sender, site, company, openRecord.amount, openRecord.cardCompany);
        return error.length > 0 ? error : qsTr("記録に書き足しました。「記録」で確かめられます。");
    }

    component Heading: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // A line of text with its words kept whole; screen readers get the plain sentence.
    component Bullet: Label {
        property string plain

        text: WordWrap.keepWords(plain)
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        lineHeight: 1.15
        Accessible.role: Accessible.StaticText
        Accessible.name: plain
    }

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
                text: WordWrap.keepWords(qsTr("届いたメールやSMSの文、送ってきたアドレス、リンク、電話番号を、下に貼り付けてください。"))
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
            }

            Label {
                Layout.fillWidth: true
                text: WordWrap.keepWords(qsTr("このスマホの中だけで確かめます。どこにも送らず、保存もしません。リンクを開くこともありません。"))
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }

            // A visible label above the field, not a placeholder that goes when typing starts.
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                text: qsTr("確かめたい文やアドレス", "@label the field for the pasted message")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
            }

            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(5 * Theme.fontBody * 1.6, Math.min(field.implicitHeight, 12 * Theme.fontBody * 1.6))

                TextArea {
                    id: field

                    objectName: "checkText"
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("確かめたい文やアドレス", "@label the field for the pasted message")

                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.card
                        border.width: field.activeFocus ? Theme.selectedBorderWidth : Theme.borderWidth
                        border.color: field.activeFocus ? Theme.accent : Theme.cardBorder
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                WideButton {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    font.pixelSize: Theme.fontBody
                    text: qsTr("貼り付ける", "@action:button paste the copied message")
                    onClicked: {
                        field.selectAll();
                        field.paste();
                        mailCheck.check(field.text);
                    }
                }

                WideButton {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    font.pixelSize: Theme.fontBody
                    enabled: field.length > 0 || mailCheck.hasResult
                    text: qsTr("消す", "@action:button clear the pasted message")
                    onClicked: root.forget()
                }
            }

            WideButton {
                Layout.fillWidth: true
                highlighted: true
                enabled: field.length > 0
                text: qsTr("確かめる", "@action:button check the pasted message")
                onClicked: mailCheck.check(field.text)
            }

            // The verdict: one sentence, coloured by how serious it is, never "safe".
            Rectangle {
                objectName: "verdictCard"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: mailCheck.hasResult
                implicitHeight: verdictColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: mailCheck.verdict === "impersonation" || mailCheck.verdict === "suspicious" ? Theme.notice : Theme.subtle
                border.width: Theme.selectedBorderWidth
                border.color: mailCheck.verdict === "impersonation" ? Theme.danger : mailCheck.verdict === "suspicious" || mailCheck.verdict === "unlisted" ? Theme.noticeBorder : Theme.cardBorder

                ColumnLayout {
                    id: verdictColumn

                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacingSmall

                    Label {
                        objectName: "verdictHeadline"
                        Layout.fillWidth: true
                        text: WordWrap.keepWords(mailCheck.headline)
                        wrapMode: Text.Wrap
                        color: mailCheck.verdict === "impersonation" ? Theme.danger : Theme.text
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: mailCheck.headline
                    }

                    Label {
                        Layout.fillWidth: true
                        visible: mailCheck.caution.length > 0
                        text: WordWrap.keepWords(mailCheck.caution)
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        Accessible.role: Accessible.StaticText
                        Accessible.name: mailCheck.caution
                    }

                    Repeater {
                        model: mailCheck.signalTexts

                        delegate: Bullet {
                            required property string modelData

                            objectName: "signal"
                            plain: qsTr("・%1", "@info a bullet point").arg(modelData)
                            Accessible.name: modelData
                        }
                    }
                }
            }

            // What was found, one card each: the address written so that it cannot be tapped (example[.]top).
            Repeater {
                model: mailCheck.findings

                delegate: Rectangle {
                    id: finding

                    required property string kindText
                    required property string shown
                    required property string ace
                    required property string verdict
                    required property string verdictText
                    required property list<string> reasons

                    objectName: "finding"
                    Layout.fillWidth: true
                    implicitHeight: findingColumn.implicitHeight + 2 * Theme.padding
                    radius: Theme.radius
                    color: Theme.card
                    border.width: Theme.borderWidth
                    border.color: Theme.cardBorder
                    Accessible.role: Accessible.Grouping
                    Accessible.name: qsTr("%1 %2：%3", "@info <kind> <address>: <verdict>").arg(kindText).arg(shown).arg(verdictText)

                    ColumnLayout {
                        id: findingColumn

                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: Theme.spacingSmall

                        Label {
                            Layout.fillWidth: true
                            text: finding.verdictText.length > 0 ? qsTr("%1(%2)", "@label <kind> (<verdict>)").arg(finding.kindText).arg(finding.verdictText) : finding.kindText
                            wrapMode: Text.Wrap
                            color: finding.verdict === "impersonation" ? Theme.danger : Theme.textSecondary
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                        }

                        Label {
                            objectName: "findingShown"
                            Layout.fillWidth: true
                            text: finding.shown
                            textFormat: Text.PlainText
                            wrapMode: Text.WrapAnywhere
                            color: Theme.text
                            font.pixelSize: Theme.fontAnswer
                            font.bold: true
                        }

                        Label {
                            Layout.fillWidth: true
                            visible: finding.ace.length > 0
                            text: qsTr("実際の表記：%1", "@info the ACE (xn--) form of an international domain").arg(finding.ace)
                            textFormat: Text.PlainText
                            wrapMode: Text.WrapAnywhere
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSmall
                        }

                        Repeater {
                            model: finding.reasons

                            delegate: Bullet {
                                required property string modelData

                                plain: qsTr("・%1", "@info a bullet point").arg(modelData)
                                Accessible.name: modelData
                            }
                        }
                    }
                }
            }

            // What to do, whatever the verdict.
            Heading {
                visible: mailCheck.hasResult
                text: qsTr("どうすればいい？", "@title what to do with a suspicious message")
            }

            Bullet {
                visible: mailCheck.hasResult
                plain: qsTr("・メールやSMSのリンクは押さず、返信もせず、書かれた番号にも電話しないでください。")
            }

            Bullet {
                visible: mailCheck.hasResult
                plain: qsTr("・気になるときは、その会社の公式アプリか、ブックマークから自分で開いて確かめます。")
            }

            Bullet {
                visible: mailCheck.hasResult
                plain: qsTr("・偽物だと思ったら、フィッシング対策協議会などに知らせてから削除できます。知らせる先は「相談窓口」にあります。")
            }

            // Into the record being worked on (the police and the card company ask for these).
            ColumnLayout {
                objectName: "addToRecordBox"
                Layout.fillWidth: true
                visible: mailCheck.hasResult && openRecord.incidentId >= 0 && (mailCheck.suspectAddress.length > 0 || mailCheck.suspectSender.length > 0 || mailCheck.brandName.length > 0)
                spacing: Theme.spacingSmall

                Bullet {
                    plain: qsTr("対応中の記録に、送ってきた相手、偽のサイトのアドレス(押せない形で)、まねされた会社を書き足せます。")
                }

                WideButton {
                    Layout.fillWidth: true
                    text: qsTr("記録に書き足す", "@action:button add what the check found to the open record")
                    onClicked: addedText.text = root.addToRecord()
                }

                Label {
                    id: addedText

                    objectName: "addedText"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }

            Heading {
                text: qsTr("もう押してしまったときは", "@title the user already acted on the message")
            }

            Label {
                Layout.fillWidth: true
                text: WordWrap.keepWords(qsTr("あわてなくて大丈夫です。したことを選ぶと、することを順番に案内します。"))
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }

            WideButton {
                Layout.fillWidth: true
                text: qsTr("リンクを押した・入力した", "@action:button go to the guide: I tapped the link")
                onClicked: root.wizardRequested("tapped-link")
            }

            WideButton {
                Layout.fillWidth: true
                text: qsTr("返信した", "@action:button go to the guide: I replied")
                onClicked: root.wizardRequested("replied")
            }

            WideButton {
                Layout.fillWidth: true
                text: qsTr("書かれた番号に電話した", "@action:button go to the guide: I called the number")
                onClicked: root.wizardRequested("called")
            }

            WideButton {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("見分けるポイント", "@action:button open the page on the signs of a fake mail")
                onClicked: root.signsRequested()
            }
        }
    }
}
