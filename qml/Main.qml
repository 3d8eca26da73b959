import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

ApplicationWindow {
    width: 390
    height: 844
    visible: true
    title: qsTr("詐欺メール応急ガイド")
    Material.theme: Material.System

    AppView {
        anchors.fill: parent
    }
}
