import QtQuick
import QtQuick.Controls
import PhishAid

// The recovery plan: the first thing to do on top, then every step grouped 今すぐ / 今日中 / 落ち着いたら.
Page {
    id: root

    required property Wizard wizard

    objectName: "planPage"
    padding: 0
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("これからすること", "@title the recovery plan")
    // Once the page is in place and laid out, start at the very top: "まず、これをしてください".
    StackView.onActivated: list.showTop()

    PlanList {
        id: list

        anchors.fill: parent
        wizard: root.wizard
    }
}
