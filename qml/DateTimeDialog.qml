import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// When did it happen? One press for the usual answers (いま, 1時間前, 今朝, 昨日の夜), or the day, the hour and
// the minute, each with − and + (no typing), in Japan time.
// Opens at the time saved (openAt); この日時にする hands the new moment to `chosen`.
// Japan time is UTC+9 all year (no daylight saving), so the parts are read and written with that offset.
CalmDialog {
    id: root

    readonly property real japanOffset: 9 * 3600 * 1000
    readonly property real dayLength: 24 * 3600 * 1000
    // Midnight of today in Japan, as a UTC instant in milliseconds (set when the dialog opens).
    property real today: 0
    // The chosen moment, as the steppers show it.
    readonly property date value: new Date(today + day.value * dayLength + hour.value * 3600 * 1000 + minute.value * 60 * 1000 - japanOffset)

    signal chosen(date when)

    // Japan time "2026年11月23日(日)".
    function dayText(offset: int): string {
        const d = new Date(today + offset * dayLength);
        const weekday = [qsTr("日", "@info Sunday"), qsTr("月", "@info Monday"), qsTr("火", "@info Tuesday"), qsTr("水", "@info Wednesday"), qsTr("木", "@info Thursday"), qsTr("金", "@info Friday"), qsTr("土", "@info Saturday")][d.getUTCDay()];
        return qsTr("%1月%2日(%3)", "@info month, day and weekday").arg(d.getUTCMonth() + 1).arg(d.getUTCDate()).arg(weekday);
    }

    function openAt(when: date): void {
        show(when);
        open();
    }

    // Sets the steppers to `when` (now when it is invalid).
    function show(when: date): void {
        const now = Date.now() + japanOffset;
        today = now - now % dayLength;
        const at = isNaN(when.getTime()) ? now : when.getTime() + japanOffset;
        const midnight = at - at % dayLength;
        day.value = Math.round((midnight - today) / dayLength);
        hour.value = Math.floor((at - midnight) / 3600000);
        minute.value = Math.floor((at - midnight) % 3600000 / 60000);
    }

    objectName: "dateTimeDialog"
    heading: qsTr("できごとの日時", "@title when the incident happened")
    message: qsTr("メールやSMSを受け取ったとき、またはリンクを押したときです。近いものを押すか、+ と − で合わせてください。")
    acceptText: qsTr("この日時にする", "@action:button save the chosen date and time")
    rejectText: qsTr("キャンセル", "@action:button do not change the date and time")
    onAccepted: chosen(value)

    Label {
        objectName: "chosenText"
        Layout.fillWidth: true
        text: {
            const d = new Date(root.value.getTime() + root.japanOffset);
            return qsTr("%1年%2 %3:%4", "@info year, day, hour:minute").arg(d.getUTCFullYear()).arg(root.dayText(day.value)).arg(d.getUTCHours()).arg(String(d.getUTCMinutes()).padStart(2, "0"));
        }
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontAnswer
        font.bold: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // The usual answers in one press: いま, 1時間前, 今朝, 昨日の夜 (counted in Japan time by JapanTime).
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacingSmall
        rowSpacing: Theme.spacingSmall

        WideButton {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            font.pixelSize: Theme.fontBody
            text: qsTr("いま", "@action:button it happened just now")
            onClicked: root.show(new Date())
        }

        WideButton {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            font.pixelSize: Theme.fontBody
            text: qsTr("1時間前", "@action:button it happened an hour ago")
            onClicked: root.show(JapanTime.moment(JapanTime.HourAgo, new Date()))
        }

        WideButton {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            font.pixelSize: Theme.fontBody
            text: qsTr("今朝", "@action:button it happened this morning")
            onClicked: root.show(JapanTime.moment(JapanTime.ThisMorning, new Date()))
        }

        WideButton {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            font.pixelSize: Theme.fontBody
            text: qsTr("昨日の夜", "@action:button it happened last night")
            onClicked: root.show(JapanTime.moment(JapanTime.LastNight, new Date()))
        }
    }

    Label {
        text: qsTr("日付", "@label the day of the incident")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }

    StepperBox {
        id: day

        objectName: "dayStepper"
        Layout.fillWidth: true
        label: qsTr("日付", "@label the day of the incident")
        from: -366
        to: 0
        textFromValue: (value, locale) => value === 0 ? qsTr("今日", "@info the day is today") : value === -1 ? qsTr("昨日", "@info the day is yesterday") : root.dayText(value)
    }

    Label {
        text: qsTr("時", "@label the hour of the incident")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }

    StepperBox {
        id: hour

        objectName: "hourStepper"
        Layout.fillWidth: true
        label: qsTr("時", "@label the hour of the incident")
        from: 0
        to: 23
        wrap: true
        textFromValue: (value, locale) => qsTr("%1時", "@info hour of the day").arg(value)
    }

    Label {
        text: qsTr("分", "@label the minute of the incident")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }

    StepperBox {
        id: minute

        objectName: "minuteStepper"
        Layout.fillWidth: true
        label: qsTr("分", "@label the minute of the incident")
        from: 0
        to: 59
        stepSize: 5
        wrap: true
        textFromValue: (value, locale) => qsTr("%1分", "@info minute of the hour").arg(value)
    }
}
