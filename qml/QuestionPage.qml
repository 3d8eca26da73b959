pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import PhishAid

// One question per screen: the question large, optional help, the answers as big buttons.
// Multiple choice adds a 次へ button at the bottom, enabled once something is chosen.
Page {
    id: root

    required property Wizard wizard
    // A calm line above the question (the start page uses it).
    property string lead
    // A short note under the answers (the start page uses it).
    property string footnote
    // Shown above everything else (the start page offers to continue an earlier incident here).
    // False while the page asks something else first (the start page's choice): the question waits.
    property bool questionShown: true
    // 質問 2 / 6 and its bar (the start page leaves it out: its first answers must fit a small phone).
    property bool progressShown: true
    property Component intro
    readonly property alias introItem: introLoader.item
    // Shown under the answers (the start page offers このメール、本物？ here).
    property Component outro
    readonly property alias outroItem: outroLoader.item
    // Answers continue below the visible part of the page (a small phone, large text): the page says so.
    readonly property bool answersBelow: questionShown && column.y + answers.y + answers.height > flickable.contentY + flickable.height + 1

    padding: 0
    Accessible.role: Accessible.Pane
    Accessible.name: root.wizard.questionText

    footer: Pane {
        visible: root.wizard.multipleChoice
        padding: Theme.spacing
        Accessible.ignored: true

        background: Rectangle {
            color: root.Material.background

            // Where the answers scroll away under the 次へ button.
            Rectangle {
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        ColumnLayout {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.contentMaxWidth)
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                visible: !root.wizard.canContinue
                text: qsTr("ひとつ以上選ぶと、次へ進めます。")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }

            WideButton {
                Layout.fillWidth: true
                text: qsTr("次へ", "@action:button go to the next question")
                enabled: root.wizard.canContinue
                highlighted: true
                onClicked: root.wizard.next()
            }
        }
    }

    Flickable {
        id: flickable

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column

            x: (flickable.width - width) / 2
            y: Theme.pageMargin
            width: Math.min(flickable.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Loader {
                id: introLoader

                Layout.fillWidth: true
                active: root.intro !== null
                visible: active
                sourceComponent: root.intro
            }

            Label {
                Layout.fillWidth: true
                visible: root.lead.length > 0
                text: root.lead
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
            }

            WizardProgress {
                Layout.fillWidth: true
                visible: root.questionShown && root.progressShown
                stepNumber: root.wizard.stepNumber
                stepCount: root.wizard.stepCount
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                visible: root.questionShown
                text: WordWrap.keepWords(root.wizard.questionText)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontQuestion
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: root.wizard.questionText
            }

            Label {
                Layout.fillWidth: true
                visible: root.questionShown && text.length > 0
                text: WordWrap.keepWords(root.wizard.questionHelp)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
            }

            ColumnLayout {
                id: answers

                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                visible: root.questionShown
                spacing: Theme.spacing

                Repeater {
                    model: root.wizard

                    delegate: AnswerButton {
                        id: answer

                        Layout.fillWidth: true
                        multipleChoice: root.wizard.multipleChoice
                        onClicked: root.wizard.choose(answer.index)
                    }
                }
            }

            Loader {
                id: outroLoader

                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                active: root.outro !== null && root.questionShown
                visible: active
                sourceComponent: root.outro
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: root.footnote.length > 0
                text: root.footnote
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    // ほかの答えは下にあります: floats over the bottom of the page while answers are out of sight below;
    // a press brings the next answers up. Gone once the last answer is in view.
    AbstractButton {
        id: moreBelow

        objectName: "moreAnswersBelow"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingSmall
        visible: root.answersBelow
        implicitWidth: Math.min(root.width - 2 * Theme.pageMargin, implicitContentWidth + leftPadding + rightPadding)
        implicitHeight: Math.max(Theme.touchTargetMin, implicitContentHeight + topPadding + bottomPadding)
        leftPadding: Theme.padding
        rightPadding: Theme.padding
        text: qsTr("ほかの答えは下にあります ↓", "@action:button scroll down to the answers below")
        font.pixelSize: Theme.fontBody
        font.bold: true
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("ほかの答えは下にあります", "@action:button scroll down to the answers below")
        Accessible.onPressAction: moreBelow.clicked()
        onClicked: {
            // The first answer not wholly in view comes to the top (at least a finger's height of progress).
            const shownBottom = flickable.contentY + flickable.height - moreBelow.height - 2 * Theme.spacingSmall;
            let target = flickable.contentY + flickable.height / 2;
            for (let i = 0; i < answers.children.length; ++i) {
                const item = answers.children[i];
                if (item instanceof AnswerButton && column.y + answers.y + item.y + item.height > shownBottom) {
                    target = column.y + answers.y + item.y - Theme.spacing;
                    break;
                }
            }
            target = Math.max(target, flickable.contentY + Theme.touchTarget);
            flickable.contentY = Math.min(target, flickable.contentHeight - flickable.height);
        }

        background: Rectangle {
            radius: height / 2
            color: moreBelow.down ? Theme.accentPressed : Theme.accent
            border.width: moreBelow.visualFocus ? Theme.selectedBorderWidth : 0
            border.color: Theme.text
        }

        contentItem: Label {
            text: moreBelow.text
            font: moreBelow.font
            color: Theme.accentText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            Accessible.ignored: true
        }
    }
}
