import QtQuick
import Qinqing
import Qinqing.Ui

// A short friendly note ("Thank you for telling us!") that fades by itself.
Rectangle {
    visible: Kiosk.message !== ""
    width: toastText.implicitWidth + 64
    height: toastText.implicitHeight + 32
    radius: height / 2
    color: Theme.success

    Text {
        id: toastText
        objectName: "toastText"
        anchors.centerIn: parent
        text: Kiosk.message
        color: Theme.textOnColor
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
    }
}
