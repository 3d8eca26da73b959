import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The plan as one scrolling list: the first step and the recap on top, the steps grouped by urgency
// (ListView sections on "urgency"), and 最初からやり直す at the end.
// Qt 6.4: no `pragma ComponentBehavior: Bound` in this file. With it, the ListView's header, footer and
// section delegates are never created ("QQmlComponent: Component is not ready"). Without it, qmllint
// flags every outer id used inside them, so they reach this list through `ListView.view as PlanList`.
ListView {
    id: root

    required property Wizard wizard
    // Until the user scrolls, the top of the plan stays in view while the header settles its height.
    property bool userScrolled: false

    // Scrolls to the very top (the header), unless the user has scrolled already.
    function showTop(): void {
        if (!userScrolled)
            contentY = originY;
    }

    model: wizard.plan
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    cacheBuffer: 4000 // a plan is short: keep every step built, for screen readers too

    ScrollBar.vertical: ScrollBar {
    }

    section.property: "urgency"
    section.criteria: ViewSection.FullString
    section.delegate: UrgencyHeader {
        required property string section

        width: ListView.view.width
        urgency: section
    }

    header: Item {
        id: planHeader

        readonly property PlanList list: ListView.view as PlanList

        width: list.width
        implicitHeight: headerColumn.implicitHeight + Theme.pageMargin

        ColumnLayout {
            id: headerColumn

            x: (parent.width - width) / 2
            y: Theme.pageMargin
            width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            FirstActionCard {
                Layout.fillWidth: true
                plan: planHeader.list.wizard.plan
            }

            AnswerRecap {
                Layout.fillWidth: true
                wizard: planHeader.list.wizard
            }
        }
    }

    delegate: ActionDelegate {
        width: ListView.view.width
    }

    footer: Item {
        id: planFooter

        readonly property PlanList list: ListView.view as PlanList

        width: list.width
        implicitHeight: footerColumn.implicitHeight + 2 * Theme.pageMargin

        ColumnLayout {
            id: footerColumn

            x: (parent.width - width) / 2
            y: Theme.pageMargin
            width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("答えを変えたいときは、最初からやり直せます。")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }

            WideButton {
                Layout.fillWidth: true
                text: qsTr("最初からやり直す", "@action:button forget the answers and start over")
                onClicked: planFooter.list.wizard.restart()
            }
        }
    }
}
