import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "質問 2 / 4" with a bar, so people see how short the way is.
ColumnLayout {
    id: root

    property int stepNumber: 0
    property int stepCount: 0

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.ProgressBar
    Accessible.name: label.text

    Label {
        id: label

        Layout.fillWidth: true
        text: qsTr("質問 %1 / %2", "@info:progress question number of question count").arg(root.stepNumber).arg(root.stepCount)
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        Accessible.ignored: true
    }

    ProgressBar {
        Layout.fillWidth: true
        from: 0
        to: Math.max(1, root.stepCount)
        value: root.stepNumber
        Accessible.ignored: true
    }
}
