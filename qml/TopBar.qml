import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The plain bar above a tab's pages: ‹ 戻る when there is somewhere to go back to, the page's title, and
// one optional action on the right (the guide's 最初からやり直す). The page colour with a thin line below.
ToolBar {
    id: root

    property bool canGoBack: false
    property string title
    // The action on the right; no button when empty.
    property string actionText

    signal backRequested
    signal actionRequested

    Material.foreground: Theme.accent

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        color: root.Material.background

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.rightMargin: Theme.spacingSmall
        spacing: 0

        ToolButton {
            Layout.preferredHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget
            visible: root.canGoBack
            text: qsTr("‹ 戻る", "@action:button go back to the previous page")
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("戻る", "@action:button go back to the previous page")
            Accessible.onPressAction: root.backRequested()
            onClicked: root.backRequested()
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: root.canGoBack ? 0 : Theme.pageMargin
            text: root.title
            elide: Text.ElideRight
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Accessible.role: Accessible.TitleBar
            Accessible.name: text
        }

        ToolButton {
            Layout.preferredHeight: Theme.touchTarget
            visible: root.actionText.length > 0
            text: root.actionText
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.Button
            Accessible.name: text
            Accessible.onPressAction: root.actionRequested()
            onClicked: root.actionRequested()
        }
    }
}
