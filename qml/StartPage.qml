import QtQuick
import PhishAid

// The first screen: when an earlier incident is still open, first the offer to continue it (前回の続きから);
// then one calm line, and the first question (何がありましたか) with its answers right away.
// No `pragma ComponentBehavior: Bound` here: QuestionPage's Loader instantiates the card's component.
QuestionPage {
    id: root

    // The user wants to go on with the incident they started earlier.
    signal continueRequested(int incidentId)

    objectName: "startPage"
    lead: Incidents.openIncidentId >= 0 ? qsTr("新しく届いたメールやSMSのことなら、下の質問から始めてください。") : qsTr("落ち着いて大丈夫です。ひとつずつ一緒に確認しましょう。")
    footnote: qsTr("このアプリが、パスワードやカード番号の入力を求めることはありません。")
    intro: Incidents.openIncidentId >= 0 ? continueCard : null

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
    }
}
