import QtQuick
import Qinqing
import Qinqing.Ui

// The camera's picture while a screen reads barcodes, with a frame showing
// where to hold the sticker; the camera's problem in words when there is one.
Rectangle {
    id: viewfinder

    property real aimWidth: 0.7 // of the width: a wide frame for a barcode sticker
    property real aimHeight: 0.42

    objectName: "viewfinder"
    radius: Theme.radius
    color: "#2B211B"
    clip: true

    Image {
        anchors.fill: parent
        anchors.margins: 6
        source: Cards.frameUrl
        fillMode: Image.PreserveAspectFit
        cache: false
        visible: Cards.problem === ""
    }
    Rectangle {
        visible: Cards.problem === ""
        anchors.centerIn: parent
        width: parent.width * viewfinder.aimWidth
        height: parent.height * viewfinder.aimHeight
        color: "transparent"
        radius: Theme.radius / 2
        border.color: "#FFD27A"
        border.width: 6
    }
    Text {
        objectName: "cameraProblem"
        visible: Cards.problem !== ""
        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: Cards.problem
        color: Theme.textOnColor
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
