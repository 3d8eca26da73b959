import QtQml
import PhishAid

// What to tell the user about their records, in plain words, from the state of the user database
// (Incidents.status). Shared by the notice at start, the plan and the list of records.
QtObject {
    readonly property int status: Incidents.status
    // Nothing can be saved: the plan shows no ticks and nothing is remembered.
    readonly property bool cannotSave: status === Incidents.TooNew || status === Incidents.Failed

    readonly property string heading: status === Incidents.MovedAside ? qsTr("以前の記録を読み込めませんでした") : cannotSave ? qsTr("記録を保存できません") : ""
    readonly property string message: {
        if (status === Incidents.MovedAside)
            return qsTr("記録のファイルが傷んでいて、読み込めませんでした。そのファイルは消さずに、別の名前で残してあります。新しい記録を始めましたので、これからの手順はふだんどおり保存されます。");
        if (status === Incidents.TooNew)
            return qsTr("記録は、このアプリより新しい版で作られているため、この版では読むことも保存することもできません。記録はそのまま残してあります。アプリを最新の版に更新してください。質問と手順の案内は、このまま使えます。");
        if (status === Incidents.Failed)
            return qsTr("記録を保存する場所を開けませんでした。端末の空き容量を確かめてから、アプリを開き直してください。直らないときは、アプリを最新の版に更新してください。質問と手順の案内は、このまま使えます。");
        return "";
    }
}
