import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The duty teacher's PIN (or choosing one on first use).
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: !Teacher.hasPin ? (Teacher.confirmingNewPin ? qsTr("Type the new PIN again") : qsTr("Choose a teacher PIN")) : qsTr("Teacher mode: enter your PIN")
            subtitle: qsTr("For the duty teacher only")
            onBackClicked: Kiosk.goHome()
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ColumnLayout {
                anchors.centerIn: parent
                spacing: Theme.spacing
                Text {
                    objectName: "pinMessage"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredHeight: 44
                    text: Teacher.pinMessage
                    color: Theme.danger
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                PinPad {
                    objectName: "pinPad"
                    Layout.alignment: Qt.AlignHCenter
                    onSubmitted: pin => Teacher.submitPin(pin)
                }
                // The counselor's passphrase is her key: she needs no teacher PIN.
                QqButton {
                    objectName: "iAmTheCounselor"
                    visible: Mail.ready
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("I am the counselor: open the mailbox")
                    iconName: "heart_box"
                    tint: Theme.mailbox
                    fontSize: Theme.fontSmall
                    onClicked: Mail.openCounselor()
                }
            }
        }
    }
}
