pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import PhishAid

// The whole app: the error page when the guidance could not be loaded; otherwise four places behind large
// labelled tabs at the bottom (ガイド, 相談窓口, 記録, 設定), each with its own pages, and one call sheet
// for every contact the plan names. C++ decides what comes next; these views follow it.
Item {
    id: root

    // The guide's wizard, for tests and tools that look at what the app shows.
    readonly property alias wizard: guide.wizard
    readonly property alias guide: guide
    readonly property alias callSheet: callSheet
    readonly property alias userDataNotice: notice
    // 0 ガイド, 1 相談窓口, 2 記録, 3 設定.
    property alias currentTab: tabBar.currentIndex

    function goBack(): void {
        if (tabBar.currentIndex === 0)
            guide.goBack();
        else
            (tabs.children[tabBar.currentIndex] as TabStack)?.goBack();
    }

    // The stack of pages of the tab in view (tests look at it).
    function currentStack(): StackView {
        return tabBar.currentIndex === 0 ? guide.stack : (tabs.children[tabBar.currentIndex] as TabStack)?.stack ?? null;
    }

    implicitWidth: 390
    implicitHeight: 844
    Material.accent: Theme.accent

    Binding {
        target: Theme
        property: "dark"
        value: root.Material.theme === Material.Dark
    }

    Shortcut {
        sequences: ["Esc", "Back"]
        enabled: ContentStore.ready
        onActivated: root.goBack()
    }

    Rectangle {
        anchors.fill: parent
        color: root.Material.background
        Accessible.ignored: true
    }

    ErrorPage {
        anchors.fill: parent
        visible: !ContentStore.ready
        status: ContentStore.status
        technicalDetail: ContentStore.technicalDetail
    }

    ColumnLayout {
        anchors.fill: parent
        visible: ContentStore.ready
        spacing: 0

        StackLayout {
            id: tabs

            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabBar.currentIndex

            GuideView {
                id: guide

                callSheet: root.callSheet
            }

            // The other places are built the first time they are opened.
            TabStack {
                id: hotlineTab

                firstPage: HotlinePage {
                    onWizardRequested: answerId => {
                        tabBar.currentIndex = 0;
                        guide.startWith(answerId);
                    }
                }
            }

            TabStack {
                id: incidentsTab

                firstPage: IncidentsPage {
                    callSheet: root.callSheet
                }
            }

            TabStack {
                id: settingsTab

                firstPage: SettingsPage {
                }
            }
        }

        AppTabBar {
            id: tabBar

            Layout.fillWidth: true
            compact: root.height < 500
            onCurrentIndexChanged: (tabs.children[currentIndex] as TabStack)?.open()
        }
    }

    CallSheet {
        id: callSheet
    }

    UserDataNotice {
        id: notice
    }
}
