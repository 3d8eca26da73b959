pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// 記録: one incident as a readable record for the police, the card company or the consumer centre. When it
// happened, what happened (kinds of data only, never values, as plain sentences), who sent it and what was lost,
// what was done when, notes (each can be deleted), and the record copied as text or saved as a PDF.
Page {
    id: root

    property int incidentId: -1
    readonly property alias record: record
    readonly property alias noteList: noteList

    objectName: "recordPage"
    padding: 0
    title: qsTr("記録", "@title the record of one incident")
    Accessible.role: Accessible.Pane
    Accessible.name: title

    IncidentRecord {
        id: record

        incidents: Incidents
        incidentId: root.incidentId
    }

    component SectionHeading: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
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
                text: qsTr("できごとの日時", "@label when the incident happened")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }

            Label {
                objectName: "recordHappened"
                Layout.fillWidth: true
                Layout.topMargin: -Theme.spacingSmall
                text: record.happenedText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontAnswer
                font.bold: true
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("できごとの日時：%1", "@label when the incident happened").arg(text)
            }

            Label {
                Layout.fillWidth: true
                text: record.resolved ? qsTr("状態：解決済み", "@info the incident is resolved") : qsTr("状態：対応中", "@info the incident is still being dealt with")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }

            SectionHeading {
                text: qsTr("何があったか", "@title:group what happened")
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("入力したものは、種類だけを記録しています。入力した内容そのものは記録していません。")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }

            // Each answer as the plain sentence the copy and the PDF print (「カード番号を入力した、または伝えた」).
            Repeater {
                model: record.answers

                delegate: Label {
                    id: answerRow

                    required property var modelData

                    objectName: "answerStatement"
                    Layout.fillWidth: true
                    text: qsTr("・%1", "@info one thing that happened, as a list item").arg(answerRow.modelData.statement)
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: answerRow.modelData.statement
                }
            }

            SectionHeading {
                text: qsTr("相手と被害", "@title:group who sent it and what was lost")
            }

            RecordDetailsEditor {
                objectName: "recordDetails"
                Layout.fillWidth: true
                record: record
            }

            SectionHeading {
                text: qsTr("経過", "@title:group the timeline of the incident")
            }

            Repeater {
                model: record.timeline

                delegate: ColumnLayout {
                    id: entry

                    required property var modelData

                    objectName: "timelineEntry"
                    Layout.fillWidth: true
                    spacing: 0
                    Accessible.role: Accessible.StaticText
                    Accessible.name: entry.modelData.at + " " + entry.modelData.text

                    Label {
                        Layout.fillWidth: true
                        text: entry.modelData.at
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                        Accessible.ignored: true
                    }

                    Label {
                        Layout.fillWidth: true
                        text: entry.modelData.text
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        Accessible.ignored: true
                    }
                }
            }

            SectionHeading {
                text: qsTr("メモ", "@title:group notes on the incident")
            }

            NoteList {
                id: noteList

                Layout.fillWidth: true
                record: record
            }

            NoteEditor {
                Layout.fillWidth: true
                record: record
            }

            SectionHeading {
                text: qsTr("記録を書き出す", "@title:group copy or save the record")
            }

            RecordExport {
                objectName: "recordExport"
                Layout.fillWidth: true
                record: record
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("このアプリは、カード番号・暗証番号・パスワードに見えるメモや入力を受け付けません。")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
