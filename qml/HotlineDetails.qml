import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The smaller lines under a hotline: what to have ready, hours, cost, and the source with the date checked.
ColumnLayout {
    id: root

    property string prepare
    property string hours
    property string hoursNote
    property string cost
    property string sourceHost
    property string checked // when the source page was read: 「2026年12月1日に出典を確認」

    spacing: Theme.spacingSmall

    Label {
        Layout.fillWidth: true
        visible: root.prepare.length > 0
        text: qsTr("用意するもの：%1", "@label what to have at hand before calling").arg(root.prepare)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }

    Label {
        Layout.fillWidth: true
        visible: root.hours.length > 0
        text: qsTr("受付時間：%1", "@label opening hours of a hotline").arg(root.hours)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }

    Label {
        Layout.fillWidth: true
        visible: root.hoursNote.length > 0
        text: root.hoursNote
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }

    Label {
        Layout.fillWidth: true
        visible: root.cost.length > 0
        text: qsTr("料金：%1", "@label what a call costs").arg(root.cost)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }

    Label {
        Layout.fillWidth: true
        visible: root.sourceHost.length > 0
        text: root.checked.length > 0 ? qsTr("出典：%1\n%2", "@label where a fact comes from, and the day its page was read").arg(root.sourceHost).arg(root.checked) : qsTr("出典：%1", "@label where a fact comes from").arg(root.sourceHost)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontTiny
    }
}
