import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The card: your call, its time and place. Shown only after it is saved.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.margin, 860)
        spacing: Theme.spacing

        Rectangle {
            objectName: "callCard"
            Layout.fillWidth: true
            Layout.preferredHeight: cardColumn.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.calls
            border.width: 6
            ColumnLayout {
                id: cardColumn
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.spacing
                QqPhoto {
                    Layout.alignment: Qt.AlignHCenter
                    size: 120
                    source: Calls.childPhoto
                }
                Text {
                    id: bookedText
                    Layout.fillWidth: true
                    text: qsTr("Booked! %1 will call %2.").arg(Calls.childName).arg(Calls.person)
                    color: Theme.success
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Text {
                    Layout.fillWidth: true
                    text: Calls.chosenTime
                    color: Theme.calls
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                }
                RowLayout {
                    Layout.alignment: Qt.AlignHCenter
                    spacing: 16
                    Rectangle {
                        Layout.preferredWidth: 64
                        Layout.preferredHeight: 64
                        radius: 16
                        color: Theme.calls
                        Image {
                            anchors.centerIn: parent
                            source: Theme.icon(Calls.chosenPlaceKind === "video" ? "video" : "phone")
                            sourceSize: Qt.size(48, 48)
                        }
                    }
                    Text {
                        text: Calls.chosenPlace
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                    }
                }
                Text {
                    id: reminderText
                    Layout.fillWidth: true
                    text: qsTr("The kiosk will call you two minutes before.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing
            QqSpeakButton {
                objectName: "speakBooked"
                speech: [bookedText.text, Calls.chosenTime, Calls.chosenPlace, reminderText.text].join(". ")
            }
        QqButton {
            objectName: "callBookedDone"
            Layout.preferredWidth: 420
            text: qsTr("Done")
            iconName: "home"
            tint: Theme.signIn
            onClicked: Kiosk.goHome()
        }
        }
    }
}
