pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// The four places of the app, always at the bottom, always labelled in words: ガイド, 相談窓口, 記録, 設定.
// No icons to decode and nothing hidden behind a menu: one tap reaches each place, and the chosen one
// is marked by colour, a bar on top and bold type.
TabBar {
    id: root

    // Lower in landscape, where every line of the page counts.
    property bool compact: false

    objectName: "appTabBar"
    implicitHeight: compact ? Theme.touchTarget : Theme.tabBarHeight
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("アプリの場所", "@title the tabs at the bottom")

    background: Rectangle {
        color: Theme.subtle

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    Repeater {
        model: [qsTr("ガイド", "@title:tab the guide: questions and the plan"), qsTr("相談窓口", "@title:tab hotlines to call"), qsTr("記録", "@title:tab the saved incidents and their records"), qsTr("設定", "@title:tab settings")]

        delegate: TabButton {
            id: tab

            required property int index
            required property string modelData

            readonly property bool current: root.currentIndex === index

            objectName: "tab:" + index
            implicitHeight: root.implicitHeight
            padding: 2
            text: modelData
            font.pixelSize: Theme.fontSmall
            font.bold: current
            Accessible.role: Accessible.PageTab
            Accessible.name: modelData
            Accessible.checkable: true
            Accessible.checked: current
            Accessible.onPressAction: root.setCurrentIndex(index)

            background: Rectangle {
                color: tab.down ? Theme.cardPressed : (tab.current ? Theme.selectedFill : "transparent")

                Rectangle {
                    width: parent.width
                    height: 4
                    visible: tab.current
                    color: Theme.accent
                }
            }

            contentItem: Label {
                text: tab.text
                font: tab.font
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                color: tab.current ? Theme.accent : Theme.text
                Accessible.ignored: true
            }
        }
    }
}
