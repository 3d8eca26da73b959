import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The record out of the app: copied as text (for a mail or a message), or saved as a PDF, with the
// full path of the file said plainly.
ColumnLayout {
    id: root

    required property IncidentRecord record
    property bool copied: false
    // Where the PDF went; empty before, or when it failed (pdfFailed).
    property string pdfPath
    property bool pdfFailed: false

    function copy(): void {
        record.copyText();
        copied = true;
    }

    function savePdf(): void {
        pdfPath = record.exportPdf();
        pdfFailed = pdfPath.length === 0;
    }

    spacing: Theme.spacingSmall

    Label {
        Layout.fillWidth: true
        text: qsTr("警察やカード会社、消費生活センターに見せるときに使えます。")
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
    }

    WideButton {
        Layout.fillWidth: true
        text: qsTr("記録をコピーする", "@action:button copy the record as text")
        onClicked: root.copy()
    }

    Label {
        objectName: "copiedText"
        Layout.fillWidth: true
        visible: root.copied
        text: qsTr("コピーしました。メールやメモのアプリに貼り付けられます。")
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    WideButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingSmall
        text: qsTr("PDFで保存する", "@action:button save the record as a PDF file")
        onClicked: root.savePdf()
    }

    Label {
        Layout.fillWidth: true
        visible: root.pdfPath.length > 0
        text: qsTr("PDFのファイルを、次の場所に保存しました。")
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
    }

    Label {
        objectName: "pdfPath"
        Layout.fillWidth: true
        visible: root.pdfPath.length > 0
        text: root.pdfPath
        textFormat: Text.PlainText
        wrapMode: Text.WrapAnywhere
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("保存した場所：%1", "@info where the PDF was saved").arg(text)
    }

    NoticeBox {
        objectName: "pdfFailed"
        Layout.fillWidth: true
        visible: root.pdfFailed
        message: qsTr("PDFを保存できませんでした。端末の空き容量を確かめてから、もう一度お試しください。")
    }
}
