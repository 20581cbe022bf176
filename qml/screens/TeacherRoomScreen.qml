import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// "In the room now": who is here and since when, with sign-out by hand,
// sign-in by hand and the visit exports.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            showBack: false
            readAloud: false // behind the teacher's PIN
            title: qsTr("In the room now: %n child(ren)", "", Teacher.inRoomCount)
            subtitle: Mail.reminder !== "" ? Mail.reminder : qsTr("Visits today: %1  ·  %2").arg(Teacher.todayVisits).arg(Kiosk.todayText)

            QqButton {
                objectName: "leaveTeacher"
                text: qsTr("Leave teacher mode")
                iconName: "home"
                tint: Theme.surface
                textColor: Theme.text
                border.color: Theme.border
                border.width: 2
                onClicked: Teacher.leave()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 800
                spacing: Theme.spacing * 2 / 3

                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                        radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: 2
                    clip: true

                    Text {
                        anchors.centerIn: parent
                        visible: Teacher.inRoomCount === 0
                        text: qsTr("Nobody is in the room.")
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    ListView {
                        id: list
                        objectName: "roomList"
                        anchors.fill: parent
                        anchors.margins: 12
                        model: Teacher.room
                        spacing: 8
                        delegate: Rectangle {
                            required property string childId
                            required property string name
                            required property string className
                            required property url photo
                            required property string since
                            width: list.width
                            height: 112
                            radius: 18
                            color: Theme.background
                            RowLayout {
                                anchors.fill: parent
                                anchors.margins: 8
                                spacing: Theme.spacing
                                QqPhoto {
                                    size: 96
                                    source: photo
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Text {
                                        text: name
                                        color: Theme.text
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontBody
                                        font.bold: true
                                    }
                                    Text {
                                        text: className + "  ·  " + qsTr("since %1").arg(since)
                                        color: Theme.textMuted
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontSmall
                                    }
                                }
                                QqButton {
                                    objectName: "signOut_" + childId
                                    text: qsTr("Sign out")
                                    iconName: "signout"
                                    tint: Theme.teacher
                                    onClicked: Teacher.signOut(childId)
                                }
                            }
                        }
                    }
                }

                // Looking after the kiosk: sync, backups, and (in the kiosk session) closing it.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing * 2 / 3
                    // A failed sync or a conflict shows here too, not only on the sync screen.
                    QqButton {
                    Layout.fillWidth: true
                        objectName: "openSync"
                        text: Sync.lastError !== "" ? qsTr("Sync failed") : Sync.conflictCount > 0 ? qsTr("Sync: %n conflict(s)", "", Sync.conflictCount) : qsTr("Sync")
                        iconName: "send"
                        tint: Sync.lastError !== "" || Sync.conflictCount > 0 ? Theme.danger : Theme.calls
                        onClicked: Sync.open()
                    }
                    QqButton {
                    Layout.fillWidth: true
                        objectName: "openBackup"
                        text: Backup.problem !== "" ? qsTr("Backup failed") : qsTr("Backups")
                        iconName: "backup"
                        tint: Backup.problem !== "" ? Theme.danger : Theme.teacher
                        onClicked: Backup.open()
                    }
                    QqButton {
                        objectName: "closeKiosk"
                        Layout.fillWidth: true
                        visible: Session.locked
                        text: qsTr("Close the kiosk")
                        iconName: "power"
                        tint: Theme.surface
                        textColor: Theme.text
                        border.color: Theme.border
                        border.width: 2
                        onClicked: Session.exitApp()
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: false
                Layout.preferredWidth: 360
                Layout.fillHeight: true
                spacing: Theme.spacing * 2 / 3
                QqButton {
                    objectName: "signInByHand"
                    Layout.fillWidth: true
                    text: qsTr("Sign a child in")
                    iconName: "people"
                    tint: Theme.signIn
                    onClicked: Teacher.signInByHand()
                }
                QqButton {
                    objectName: "openRoster"
                    Layout.fillWidth: true
                    text: qsTr("Children and cards")
                    iconName: "edit"
                    tint: Theme.library
                    onClicked: RosterAdmin.open()
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    QqButton {
                        objectName: "openCallDay"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: qsTr("Today's calls")
                        iconName: "phone"
                        fontSize: Theme.fontSmall
                        tint: Theme.calls
                        onClicked: Calls.openDay()
                    }
                    QqButton {
                        objectName: "openLibrary"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: qsTr("Books")
                        iconName: "book"
                        fontSize: Theme.fontSmall
                        tint: Theme.library
                        onClicked: Library.openCatalog()
                    }
                }
                // The duty teacher sees how many letters wait, never who wrote them.
                QqButton {
                    objectName: "openMailbox"
                    Layout.fillWidth: true
                    text: Mail.ready ? qsTr("Mailbox: %n waiting", "", Mail.waitingCount) : qsTr("Set up the mailbox")
                    iconName: "heart_box"
                    tint: Theme.mailbox
                    onClicked: Mail.openCounselor()
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    QqButton {
                        objectName: "exportToday"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: qsTr("Export today")
                        iconName: "export"
                        tint: Theme.teacher
                        onClicked: Teacher.exportToday()
                    }
                    QqButton {
                        objectName: "exportMonth"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: qsTr("Export this month")
                        iconName: "export"
                        tint: Theme.teacher
                        onClicked: Teacher.exportMonth()
                    }
                }
                Text {
                    objectName: "teacherNotice"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    text: Teacher.notice
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WrapAnywhere
                    verticalAlignment: Text.AlignTop
                }
            }
        }
    }
}
