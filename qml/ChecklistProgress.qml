import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "3 / 8 完了" with a bar: the steps done out of those that apply (該当しない ones are left out).
RowLayout {
    id: root

    property int doneCount: 0
    property int applicableCount: 0

    readonly property string text: qsTr("%1 / %2 完了", "@info:progress steps done / steps that apply").arg(doneCount).arg(applicableCount)

    spacing: Theme.spacing
    Accessible.role: Accessible.ProgressBar
    Accessible.name: text

    Label {
        objectName: "progressText"
        text: root.text
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        Accessible.ignored: true
    }

    ProgressBar {
        Layout.fillWidth: true
        Layout.minimumWidth: 40
        from: 0
        to: Math.max(1, root.applicableCount)
        value: root.doneCount
        Accessible.ignored: true
    }
}
