import QtQuick

// The first screen: one calm line, then the first question (何がありましたか) with its answers right away.
QuestionPage {
    objectName: "startPage"
    lead: qsTr("落ち着いて大丈夫です。ひとつずつ一緒に確認しましょう。")
    footnote: qsTr("このアプリが、パスワードやカード番号の入力を求めることはありません。")
}
