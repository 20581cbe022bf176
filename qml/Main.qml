import QtQuick
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

    // By URL, so that only the screen on show is compiled: the kiosk's
    // first frame needs only the home screen.
    readonly property list<string> screens: ["screens/HomeScreen.qml", "screens/ClassGridScreen.qml",
        "screens/ChildGridScreen.qml", "screens/GreetingScreen.qml", "screens/MoodScreen.qml",
        "screens/TeacherPinScreen.qml", "screens/TeacherRoomScreen.qml"]

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        source: window.screens[Kiosk.screen]
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
