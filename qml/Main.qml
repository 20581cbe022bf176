import QtQuick
import QtMultimedia
import Qinqing
import Qinqing.Ui

// The kiosk window: one screen at a time, chosen by Kiosk.screen.
Window {
    id: window

    width: 1280
    height: 800
    // The kiosk session (--kiosk) opens full screen from its very first frame.
    property bool fullScreen: false
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.AutomaticVisibility
    title: qsTr("Qinqing Family Room")
    color: Theme.background
    // In the kiosk session only the teacher's exit (behind the PIN) closes the app.
    onClosing: close => close.accepted = !Session.locked

    // By URL, so that only the screen on show is compiled: the kiosk's
    // first frame needs only the home screen.
    readonly property list<string> screens: ["screens/HomeScreen.qml", "screens/ClassGridScreen.qml", "screens/ChildGridScreen.qml", "screens/GreetingScreen.qml", "screens/MoodScreen.qml", "screens/TeacherPinScreen.qml", "screens/TeacherRoomScreen.qml", "screens/SearchScreen.qml", "screens/ScanScreen.qml", "screens/RosterScreen.qml", "screens/ChildFileScreen.qml", "screens/ImportScreen.qml", "screens/CallsScreen.qml", "screens/CallWhoScreen.qml", "screens/CallSlotsScreen.qml", "screens/CallConfirmScreen.qml", "screens/CallBookedScreen.qml", "screens/CallDayScreen.qml", "screens/CallMonthScreen.qml", "screens/CallSetupScreen.qml", "screens/CallPlanScreen.qml", "screens/MailWhoScreen.qml", "screens/MailWriteScreen.qml", "screens/MailRecordScreen.qml", "screens/MailPicturesScreen.qml", "screens/MailSentScreen.qml", "screens/MailReplyScreen.qml", "screens/MailSetupScreen.qml", "screens/MailRecoveryScreen.qml", "screens/MailUnlockScreen.qml", "screens/MailInboxScreen.qml", "screens/MailLetterScreen.qml", "screens/MailCareScreen.qml", "screens/LibraryScreen.qml", "screens/LibraryShelfScreen.qml", "screens/LibraryConfirmScreen.qml", "screens/LibraryBorrowedScreen.qml", "screens/LibraryReturnScreen.qml", "screens/LibraryReturnedScreen.qml", "screens/LibraryCatalogScreen.qml", "screens/LibraryTitleScreen.qml", "screens/LibraryOverdueScreen.qml", "screens/LibraryStocktakeScreen.qml", "screens/LibraryImportScreen.qml", "screens/LibraryHistoryScreen.qml", "screens/SyncScreen.qml", "screens/BackupScreen.qml"]

    // Every screen is laid out for a 1280×800 kiosk screen; on another size the
    // whole stage scales to fit, centred, so nothing is ever cut off.
    Item {
        id: stage
        objectName: "stage"
        width: 1280
        height: 800
        anchors.centerIn: parent
        scale: Math.min(window.width / width, window.height / height)

        Loader {
            id: screenLoader
            objectName: "screenLoader"
            anchors.fill: parent
            // A message the child must read first: the screen behind takes no taps.
            enabled: Kiosk.errorMessage === ""
            source: window.screens[Kiosk.screen]
        }
        // Overlays are made only when needed: nothing extra before the first frame.
        Loader {
            active: Kiosk.message !== ""
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.margin
            source: "components/Toast.qml"
        }
        Loader {
            active: Kiosk.countdown > 0
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.margin
            source: "components/IdleCountdown.qml"
        }
        // Two minutes before a call: a chime and the child's name, over any screen.
        SoundEffect {
            id: chime
            source: "qrc:/qt/qml/Qinqing/assets/sounds/call_chime.wav"
            volume: 0.9
        }
        Connections {
            target: Calls
            function onChime() {
                chime.play();
            }
        }
        Loader {
            active: Calls.announcement !== ""
            anchors.fill: parent
            source: "components/CallAnnouncement.qml"
        }
        Loader {
            active: Kiosk.errorMessage !== ""
            anchors.fill: parent
            source: "components/MessageOverlay.qml"
        }
    }
    // Outside opening hours the screen dims when nobody uses it; the first
    // touch only wakes it, so nothing behind is pressed by accident.
    Loader {
        active: Session.dimmed
        anchors.fill: parent
        source: "components/DimmedScreen.qml"
    }
}
