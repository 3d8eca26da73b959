import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One tab's own stack of pages under a TopBar: 戻る while a page lies below, and the current page's title.
// A page without a title at the bottom of the stack (it shows its own heading) gets no bar.
ColumnLayout {
    id: root

    // The page at the bottom of the stack, built the first time the tab is opened (see open()).
    property Component firstPage
    readonly property alias stack: stack
    readonly property string pageTitle: (stack.currentItem as Page)?.title ?? ""

    function open(): void {
        if (stack.depth === 0 && firstPage)
            stack.push(firstPage, {}, StackView.Immediate);
    }

    // Pops one page; false when already at the bottom.
    function goBack(): bool {
        if (stack.depth <= 1)
            return false;
        stack.pop();
        return true;
    }

    spacing: 0

    TopBar {
        Layout.fillWidth: true
        visible: stack.depth > 1 || root.pageTitle.length > 0
        canGoBack: stack.depth > 1
        title: root.pageTitle
        onBackRequested: root.goBack()
    }

    CalmStackView {
        id: stack

        Layout.fillWidth: true
        Layout.fillHeight: true
    }
}
