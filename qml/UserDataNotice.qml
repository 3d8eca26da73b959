import QtQuick
import PhishAid

// Told once, when the app starts, if the user's own database (the records) is not as it should be:
// an earlier record that could not be read was kept aside and a new one started, or records cannot be
// saved on this version. The questions and the plan work either way.
CalmDialog {
    id: root

    objectName: "userDataNotice"
    heading: statusText.heading
    message: statusText.message
    Component.onCompleted: {
        if (Incidents.status !== Incidents.Ready)
            open();
    }

    UserDataStatusText {
        id: statusText
    }
}
