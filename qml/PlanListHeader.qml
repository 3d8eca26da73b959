import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The top of the plan: why nothing is saved (when so), the next step to do, or that every step is done,
// and what the user answered.
Item {
    id: root

    // The incident's checklist, or null when it could not be saved.
    property Checklist checklist
    // The rows shown: the checklist or the wizard's plan.
    property QtObject steps
    property int stepCount: 0
    property CallSheet callSheet
    property var explanations: []
    property bool resolved: false
    property string notSavedHeading
    property string notSavedMessage
    // 本物かどうか、わからない: このメール、本物？ is offered right under the explanation.
    property bool checkOffered: false

    readonly property bool saved: checklist !== null
    readonly property bool allDone: saved && checklist.applicableCount > 0 && checklist.doneCount === checklist.applicableCount

    signal resolveRequested
    signal checkRequested

    implicitHeight: column.implicitHeight + Theme.pageMargin

    ColumnLayout {
        id: column

        x: (parent.width - width) / 2
        y: Theme.pageMargin
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
        spacing: Theme.spacing

        NoticeBox {
            objectName: "notSavedNotice"
            Layout.fillWidth: true
            visible: !root.saved && root.notSavedMessage.length > 0
            heading: root.notSavedHeading
            message: root.notSavedMessage
        }

        // Why the plan looks as it does, or that all is well: calm, first, with nothing to tick.
        Repeater {
            model: root.explanations

            delegate: ExplanationBox {
                required property var modelData

                Layout.fillWidth: true
                actionId: modelData.id
                title: modelData.title
                body: modelData.body
            }
        }

        WideButton {
            objectName: "openChecker"
            Layout.fillWidth: true
            visible: root.checkOffered
            highlighted: true
            text: qsTr("このメール、本物？ 貼り付けて確かめる", "@action:button open the offline checker")
            onClicked: root.checkRequested()
        }

        FirstActionCard {
            Layout.fillWidth: true
            visible: !root.allDone && root.stepCount > 0
            steps: root.steps
            doneCount: root.saved ? root.checklist.doneCount : 0
            callSheet: root.callSheet
        }

        Rectangle {
            objectName: "allDoneCard"
            Layout.fillWidth: true
            visible: root.allDone
            implicitHeight: doneColumn.implicitHeight + 2 * Theme.padding
            radius: Theme.radius
            color: Theme.card
            border.width: Theme.selectedBorderWidth
            border.color: Theme.done
            Accessible.role: Accessible.Grouping
            Accessible.name: doneHeading.text

            ColumnLayout {
                id: doneColumn

                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.spacing

                Label {
                    id: doneHeading

                    Layout.fillWidth: true
                    text: qsTr("すべての手順が済みました")
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                Label {
                    Layout.fillWidth: true
                    text: root.resolved ? qsTr("おつかれさまでした。この記録は解決済みです。") : qsTr("おつかれさまでした。もう心配がなければ、この記録を「解決済み」にできます。あとで取り消すこともできます。")
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    lineHeight: 1.15
                }

                WideButton {
                    Layout.fillWidth: true
                    visible: !root.resolved
                    highlighted: true
                    text: qsTr("解決済みにする", "@action:button mark the incident as resolved")
                    onClicked: root.resolveRequested()
                }
            }
        }
    }
}
