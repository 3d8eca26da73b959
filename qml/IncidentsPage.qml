pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// これまでの記録: every incident the guide saved, newest first. Each shows when it happened, what happened,
// how far its steps have come, and 解決済み; pressing one opens its checklist (where it can be marked
// resolved, its time changed, its record saved, or the incident deleted).
Page {
    id: root

    property CallSheet callSheet

    function openIncident(id: int): void {
        root.StackView.view.push(planPage, {
                "incidentId": id
            });
    }

    objectName: "incidentsPage"
    padding: 0
    title: qsTr("これまでの記録", "@title the list of saved incidents")
    Accessible.role: Accessible.Pane
    Accessible.name: title

    UserDataStatusText {
        id: statusText
    }

    ListView {
        id: list

        anchors.fill: parent
        model: Incidents
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        spacing: Theme.spacing
        topMargin: Theme.pageMargin
        bottomMargin: Theme.pageMargin

        ScrollBar.vertical: ScrollBar {
        }

        delegate: IncidentDelegate {
            width: ListView.view.width
            onOpenRequested: id => root.openIncident(id)
        }
    }

    ColumnLayout {
        x: (parent.width - width) / 2
        y: Theme.pageMargin
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
        visible: list.count === 0
        spacing: Theme.spacing

        NoticeBox {
            Layout.fillWidth: true
            visible: statusText.heading.length > 0
            heading: statusText.heading
            message: statusText.message
        }

        Label {
            objectName: "noIncidents"
            Layout.fillWidth: true
            visible: Incidents.ready
            text: qsTr("まだ記録はありません。「ガイド」で質問に答えて手順が出ると、ここに残ります。")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            lineHeight: 1.2
        }
    }

    Component {
        id: planPage

        PlanPage {
            callSheet: root.callSheet
            canDelete: true
        }
    }
}
