import QtQuick
import QtQuick.Controls

// A StackView with calm transitions: the new page fades in; the old one steps aside at once.
StackView {
    font.pixelSize: Theme.fontBody

    pushEnter: Transition {
        NumberAnimation {
            property: "opacity"
            from: 0
            to: 1
            duration: 180
        }
    }
    pushExit: Transition {
        PropertyAction {
            property: "opacity"
            value: 0
        }
    }
    popEnter: Transition {
        NumberAnimation {
            property: "opacity"
            from: 0
            to: 1
            duration: 180
        }
    }
    popExit: Transition {
        PropertyAction {
            property: "opacity"
            value: 0
        }
    }
    replaceEnter: Transition {
        NumberAnimation {
            property: "opacity"
            from: 0
            to: 1
            duration: 180
        }
    }
    replaceExit: Transition {
        PropertyAction {
            property: "opacity"
            value: 0
        }
    }
}
