import QtQuick
import QtQuick.Controls
import PhishAid

// The hotlines as one scrolling list: a short explanation on top, the hotlines grouped under their titles
// (each group's first card carries it), a note on Japan time at the end.
// Qt 6.4: no `pragma ComponentBehavior: Bound` here (as in PlanList.qml): with it, a ListView's header,
// footer and section delegates are never created. Everything inside reaches this list through
// `ListView.view as HotlineList` instead of outer ids.
ListView {
    id: root

    // What is being searched for (the header says when nothing is found).
    property string filter

    // Until the user scrolls, the top of the list stays in view while the header settles its height.
    property bool userScrolled: false

    signal callRequested(string contactId)
    signal myContactsRequested

    function showTop(): void {
        if (!userScrolled)
            contentY = originY;
    }

    objectName: "hotlineList"
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    cacheBuffer: 4000 // a short list: keep every card built, for screen readers too
    onMovementStarted: userScrolled = true
    onOriginYChanged: showTop()
    onCountChanged: showTop()

    ScrollBar.vertical: ScrollBar {
    }

    header: HotlineListHeader {
        id: listHeader

        readonly property HotlineList list: ListView.view as HotlineList

        width: list.width
        filter: list.filter
        resultCount: list.count
        onMyContactsRequested: list.myContactsRequested()
    }

    delegate: HotlineDelegate {
        id: hotline

        readonly property HotlineList list: ListView.view as HotlineList

        width: list.width
        onCallRequested: contactId => hotline.list.callRequested(contactId)
    }

    footer: Label {
        width: ListView.view.width
        leftPadding: Math.max(Theme.pageMargin, (width - Theme.contentMaxWidth) / 2)
        rightPadding: leftPadding
        topPadding: Theme.spacingLarge
        bottomPadding: Theme.spacingLarge
        text: qsTr("受付中・受付時間外は、日本の時間と祝日で表示しています。窓口の都合で変わることがあります。")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }
}
