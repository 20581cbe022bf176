import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The duty teacher's day: each place's calls in time order, marked as they go.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Today's calls")
            subtitle: Calls.dayTitle
            onBackClicked: Calls.back()
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: Theme.margin
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: 2
            clip: true
            Text {
                visible: day.count === 0
                anchors.centerIn: parent
                text: qsTr("No calls today.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            ListView {
                id: day
                objectName: "callDay"
                anchors.fill: parent
                anchors.margins: 12
                spacing: 6
                model: Calls.day
                section.property: "placeName"
                section.delegate: Text {
                    required property string section
                    width: day.width
                    height: 56
                    verticalAlignment: Text.AlignVCenter
                    text: section
                    color: Theme.calls
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                delegate: ColumnLayout {
                    id: entry
                    required property string bookingId
                    required property string time
                    required property string childName
                    required property url childPhoto
                    required property string who
                    required property string placeName
                    required property string placeKind
                    required property string status
                    required property string statusText
                    required property bool past
                    width: day.width
                    spacing: 4
                    CallRowDelegate {
                        Layout.fillWidth: true
                        showStatus: true
                        bookingId: entry.bookingId
                        time: entry.time
                        childName: entry.childName
                        childPhoto: entry.childPhoto
                        who: entry.who
                        placeName: entry.placeName
                        placeKind: entry.placeKind
                        status: entry.status
                        statusText: entry.statusText
                        past: entry.past
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: 96
                        spacing: 12
                        Repeater {
                            model: [5, 10, 15]
                            delegate: QqButton {
                                required property int modelData
                                fontSize: Theme.fontSmall
                                text: qsTr("Talked %n min", "", modelData)
                                iconName: "phone"
                                tint: Theme.success
                                onClicked: Calls.mark(entry.bookingId, "talked", modelData)
                            }
                        }
                        QqButton {
                            fontSize: Theme.fontSmall
                            text: qsTr("No answer")
                            iconName: "no"
                            tint: Theme.danger
                            onClicked: Calls.mark(entry.bookingId, "no_answer")
                        }
                        QqButton {
                            fontSize: Theme.fontSmall
                            text: qsTr("Child absent")
                            iconName: "absent"
                            tint: Theme.teacher
                            onClicked: Calls.mark(entry.bookingId, "absent")
                        }
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing
            QqButton {
                objectName: "planWeek"
                Layout.preferredWidth: 360
                text: qsTr("Plan the week")
                iconName: "clock"
                tint: Theme.signIn
                onClicked: Calls.planWeek()
            }
            QqButton {
                objectName: "openCallSetup"
                Layout.preferredWidth: 360
                text: qsTr("Set up calls")
                iconName: "edit"
                tint: Theme.teacher
                onClicked: Calls.openSetup()
            }
            QqButton {
                objectName: "openCallMonth"
                Layout.preferredWidth: 360
                text: qsTr("This month")
                iconName: "people"
                tint: Theme.calls
                onClicked: Calls.openMonth()
            }
        }
    }
}
