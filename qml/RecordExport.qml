import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The record out of the app: copied as text (for a mail or a message), or saved as a PDF. After saving, the
// page says in words where the file is and by what name (never a path), and 開く shows it in the system's viewer.
ColumnLayout {
    id: root

    required property IncidentRecord record
    property bool copied: false
    // Where the PDF went; empty before, or when it failed (pdfFailed). Kept for 開く, never shown.
    property string pdfPath
    property bool pdfFailed: false
    property bool openFailed: false

    function copy(): void {
        record.copyText();
        copied = true;
    }

    function savePdf(): void {
        pdfPath = record.exportPdf();
        pdfFailed = pdfPath.length === 0;
        openFailed = false;
    }

    function openPdf(): void {
        openFailed = !UrlOpener.openFile(pdfPath);
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
        objectName: "pdfPlace"
        Layout.fillWidth: true
        visible: root.pdfPath.length > 0
        text: qsTr("PDFを%1に、「%2」という名前で保存しました。", "@info where the PDF was saved, in words, and its file name").arg(root.record.exportPlace).arg(root.record.fileNameOf(root.pdfPath))
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    WideButton {
        Layout.fillWidth: true
        visible: root.pdfPath.length > 0
        highlighted: true
        text: qsTr("開く", "@action:button open the saved PDF in the system's viewer")
        Accessible.name: qsTr("PDFを開く", "@action:button open the saved PDF in the system's viewer")
        onClicked: root.openPdf()
    }

    NoticeBox {
        objectName: "openFailed"
        Layout.fillWidth: true
        visible: root.openFailed
        message: qsTr("PDFを開けるアプリが見つかりませんでした。ファイルは保存されています。ファイルのアプリから開いてください。")
    }

    NoticeBox {
        objectName: "pdfFailed"
        Layout.fillWidth: true
        visible: root.pdfFailed
        message: qsTr("PDFを保存できませんでした。端末の空き容量を確かめてから、もう一度お試しください。")
    }
}
