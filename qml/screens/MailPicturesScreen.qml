import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The picture code: chosen (twice) after a child's first signed letter, and
// tapped to open an answer from the counselor.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: Mail.pictureStep === Mail.Open ? qsTr("You have an answer!") : qsTr("Your secret pictures")
            subtitle: Mail.pictureStep === Mail.Open ? qsTr("Only you can open it.") : qsTr("Remember them, and tell nobody.")
            onBackClicked: Mail.pictureStep === Mail.Open ? Kiosk.goHome() : Mail.backToWriting()

            QqButton {
                objectName: "skipPictures"
                visible: Mail.pictureStep !== Mail.Open
                text: qsTr("Send without")
                iconName: "send"
                tint: Theme.teacher
                onClicked: Mail.skipPictures()
            }
        }

        PictureCode {
            hint: Mail.pictureHint
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
        }
    }
}
