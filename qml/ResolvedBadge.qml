import QtQuick
import QtQuick.Controls

// 解決済み as a small green pill.
Label {
    objectName: "resolvedBadge"
    text: qsTr("解決済み", "@info:badge the incident is resolved")
    leftPadding: 10
    rightPadding: 10
    topPadding: 2
    bottomPadding: 2
    color: Theme.doneText
    font.pixelSize: Theme.fontSmall
    font.bold: true
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    background: Rectangle {
        radius: height / 2
        color: Theme.done
    }
}
