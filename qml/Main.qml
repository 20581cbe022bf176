import QtQuick
import QtQuick.Window
import Qinqing
import Qinqing.Ui

// The kiosk window: one screen at a time, chosen by Kiosk.screen.
Window {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("Qinqing Family Room")
    color: Theme.background

    readonly property list<Component> screens: [
        Component { HomeScreen {} },
        Component { ClassGridScreen {} },
        Component { ChildGridScreen {} },
        Component { GreetingScreen {} },
        Component { MoodScreen {} },
        Component { TeacherPinScreen {} },
        Component { TeacherRoomScreen {} }
    ]

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: window.screens[Kiosk.screen]
    }
    Toast {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
    }
    IdleCountdown {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
    }
    MessageOverlay {
        anchors.fill: parent
    }
}
