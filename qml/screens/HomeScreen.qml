import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// What a child sees first: sign in/out, and the other corners of the room.
Item {
    id: home

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QqSpeakButton {
                objectName: "speakWelcome"
                speech: qsTr("Welcome to the Family Room") + ". " + qsTr("Tap a picture to start.")
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    text: qsTr("Welcome to the Family Room")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                }
                Text {
                    text: Kiosk.schoolName + "  ·  " + Kiosk.todayText
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
            }
            QqButton {
                objectName: "teacherButton"
                text: qsTr("Teacher")
                iconName: "lock"
                tint: Theme.surface
                textColor: Theme.text
                border.color: Theme.border
                border.width: 2
                onClicked: Kiosk.openTeacher()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            QqTile {
                objectName: "signInTile"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 5
                tint: Theme.signIn
                iconName: "signin"
                iconSize: 150
                title: qsTr("Sign in / Sign out")
                subtitle: qsTr("Tap here, then find your photo")
                onClicked: Kiosk.startSignIn()
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 6
                spacing: Theme.spacing
                QqTile {
                    objectName: "callsTile"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    tint: Theme.calls
                    iconName: "phone"
                    title: qsTr("Call Mum and Dad")
                    onClicked: Calls.open()
                }
                QqTile {
                    objectName: "mailboxTile"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    tint: Theme.mailbox
                    iconName: "mail"
                    title: qsTr("Secret mailbox")
                    onClicked: Mail.open()
                }
                QqTile {
                    objectName: "libraryTile"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    tint: Theme.library
                    iconName: "book"
                    title: qsTr("Book corner")
                    onClicked: Library.open()
                }
            }
        }
    }
}
