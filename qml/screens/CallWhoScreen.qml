import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Who do you want to call? Dad, Mum, Grandma: big buttons with a picture.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("Who do you want to call, %1?").arg(Calls.childName)
            onBackClicked: Calls.back()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            GridLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: 1
                rowSpacing: Theme.spacing
                Repeater {
                    model: Calls.people
                    // Each person, with a speaker that says who it is.
                    delegate: RowLayout {
                        id: person
                        required property string key
                        required property string title
                        required property string detail
                        required property string icon
                        required property int index
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        QqButton {
                            id: personButton
                            objectName: "person" + person.index
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touchMin * 1.3
                            text: person.detail === "" ? person.title : person.title + "  ·  " + person.detail
                            iconName: person.icon
                            // index is -1 while the list is reset (a call cancelled here)
                            tint: [Theme.calls, Theme.mailbox, Theme.library][Math.max(person.index, 0) % 3]
                            fontSize: Theme.fontLarge
                            onClicked: Calls.choosePerson(person.key)
                        }
                        QqSpeakButton {
                            objectName: "speakPerson" + person.index
                            speech: personButton.text
                        }
                    }
                }
                Item {
                    Layout.fillHeight: true
                }
            }

            Rectangle {
                Layout.preferredWidth: 400
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surfaceWarm
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacing
                    QqPhoto {
                        Layout.alignment: Qt.AlignHCenter
                        size: 160
                        source: Calls.childPhoto
                    }
                    Text {
                        Layout.fillWidth: true
                        text: Calls.myCall === "" ? qsTr("You have no call booked.") : qsTr("Your call: %1").arg(Calls.myCall)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                    QqButton {
                        objectName: "cancelMyCall"
                        visible: Calls.myCallId !== ""
                        Layout.fillWidth: true
                        text: qsTr("Cancel my call")
                        iconName: "no"
                        tint: Theme.teacher
                        onClicked: Calls.cancelMine()
                    }
                }
            }
        }
    }
}
