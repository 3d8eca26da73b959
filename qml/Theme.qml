pragma Singleton
import QtQuick

// Colours, type sizes and spacing for the whole app.
// Every colour has a light and a dark variant; `dark` follows the Material theme (AppView binds it).
QtObject {
    // Set by AppView from its Material theme; everything else here follows it.
    property bool dark: false

    // --- Type: body text never below 17 px, questions never below 22 px.
    readonly property int fontTiny: 13 // support details only, never guidance
    readonly property int fontSmall: 17 // secondary text: still body size for older eyes
    readonly property int fontBody: 18
    readonly property int fontAnswer: 19
    readonly property int fontTitle: 21
    readonly property int fontQuestion: 24
    readonly property int fontNumber: 26 // phone numbers and other values to read out

    // --- Spacing and sizes.
    readonly property int spacingSmall: 6
    readonly property int spacing: 12
    readonly property int spacingLarge: 20
    readonly property int pageMargin: 16
    readonly property int padding: 16
    readonly property int radius: 12
    readonly property int borderWidth: 1
    readonly property int selectedBorderWidth: 3
    readonly property int touchTarget: 56 // every button at least this high
    readonly property int touchTargetMin: 48 // the floor, whatever the window size
    readonly property int contentMaxWidth: 640 // readable line length on tablets and in landscape
    readonly property int tabBarHeight: 64 // the four tabs at the bottom: large, labelled

    // --- Surfaces and text (contrast at least 4.5:1 against their surface in both themes).
    readonly property color text: dark ? "#ECEDEF" : "#1C1E22"
    readonly property color textSecondary: dark ? "#C4C8CF" : "#474C55"
    readonly property color card: dark ? "#3A3D44" : "#FFFFFF"
    readonly property color cardBorder: dark ? "#5D626C" : "#C3C8D0"
    readonly property color cardPressed: dark ? "#484C55" : "#EEF1F5"
    readonly property color subtle: dark ? "#2C2F35" : "#EEF1F5" // recap and support boxes

    // --- The calm accent: selection, focus, the main button.
    readonly property color accent: dark ? "#A8C7FA" : "#1A56A8"
    readonly property color accentText: dark ? "#0B2A55" : "#FFFFFF"
    readonly property color accentPressed: dark ? "#C9DCFB" : "#14447F"
    readonly property color selectedFill: dark ? "#2B4063" : "#E3ECFB"
    readonly property color disabledFill: dark ? "#3A3D44" : "#E2E5EA"
    readonly property color disabledText: dark ? "#A3A8B1" : "#5C616A"
    readonly property color divider: dark ? "#4A4E56" : "#D3D7DE"

    // --- Checklist ticks and badges: a calm green for 済み / 解決済み.
    readonly property color done: dark ? "#1E4D2A" : "#2E6B3A"
    readonly property color doneText: dark ? "#C3EFCB" : "#FFFFFF"
    readonly property color tickFill: dark ? "#8FD19E" : "#2E6B3A" // a ticked box stands out in both themes
    readonly property color tickMark: dark ? "#0F3A1A" : "#FFFFFF"

    // --- Notices (the record cannot be saved, a note was refused): warm, not red.
    readonly property color notice: dark ? "#3D3320" : "#FFF6E5"
    readonly property color noticeBorder: dark ? "#C9A25A" : "#9A6200"

    // --- Deleting: the one red button, always behind a confirmation.
    readonly property color danger: dark ? "#FFB4AB" : "#B3261E"
    readonly property color dangerText: dark ? "#690005" : "#FFFFFF"

    // --- "まず、これをしてください": prominent, not alarming.
    readonly property color firstCard: dark ? "#1F3B63" : "#1A56A8"
    readonly property color firstCardText: "#FFFFFF"
    readonly property color firstCardBorder: dark ? "#A8C7FA" : "#1A56A8"

    // --- Urgency: 今すぐ / 今日中 / 落ち着いたら. Text on these fills keeps at least 6:1 in both themes.
    readonly property color urgencyNow: dark ? "#8C1D18" : "#B3261E"
    readonly property color urgencyNowText: dark ? "#FFDAD6" : "#FFFFFF"
    readonly property color urgencyToday: dark ? "#6B3A00" : "#8A4B00"
    readonly property color urgencyTodayText: dark ? "#FFDCBE" : "#FFFFFF"
    readonly property color urgencyLater: dark ? "#1E4D2A" : "#2E6B3A"
    readonly property color urgencyLaterText: dark ? "#C3EFCB" : "#FFFFFF"

    function urgencyColor(urgency: string): color {
        if (urgency === "now")
            return urgencyNow;
        if (urgency === "today")
            return urgencyToday;
        return urgencyLater;
    }

    function urgencyTextColor(urgency: string): color {
        if (urgency === "now")
            return urgencyNowText;
        if (urgency === "today")
            return urgencyTodayText;
        return urgencyLaterText;
    }
}
