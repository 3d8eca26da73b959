import QtQuick
import PhishAid

// The first screen: the first question (何がありましたか) with its answers right away, the emergency answer
// first. When an earlier incident is still open, it asks once: a new mail, or going on with that one.
// No `pragma ComponentBehavior: Bound` here: QuestionPage's Loader instantiates the card's component.
QuestionPage {
    id: root

    // The user chose 新しく届いたメールのこと: the questions, without asking again on this page.
    property bool newChosen: false
    readonly property bool asking: Incidents.openIncidentId >= 0 && !newChosen

    // The user wants to go on with the incident they started earlier.
    signal continueRequested(int incidentId)
    // このメール、本物？: the user wants to check a message before doing anything.
    signal checkRequested

    objectName: "startPage"
    lead: asking ? "" : qsTr("落ち着いて大丈夫です。ひとつずつ一緒に確認しましょう。")
    footnote: qsTr("このアプリが、パスワードやカード番号の入力を求めることはありません。")
    questionShown: !asking
    progressShown: false
    intro: asking ? continueCard : null
    outro: checkButton

    Component {
        id: checkButton

        WideButton {
            objectName: "openChecker"
            text: qsTr("このメール、本物？ 貼り付けて確かめる", "@action:button open the offline checker")
        }
    }

    Connections {
        target: root.outroItem as WideButton

        function onClicked(): void {
            root.checkRequested();
        }
    }

    Component {
        id: continueCard

        ContinueCard {
            incidentId: Incidents.openIncidentId
        }
    }

    Connections {
        target: root.introItem as ContinueCard

        function onContinueRequested(): void {
            root.continueRequested(Incidents.openIncidentId);
        }

        function onNewRequested(): void {
            root.newChosen = true;
        }
    }
}
