<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChildGridScreen</name>
    <message>
        <location filename="../../qml/screens/ChildGridScreen.qml" line="15"/>
        <source>Tap the child to sign in</source>
        <translation>点孩子的照片为他签到</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildGridScreen.qml" line="15"/>
        <source>Tap your photo</source>
        <translation>点一点你的照片</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildGridScreen.qml" line="61"/>
        <source>In</source>
        <translation>在室</translation>
    </message>
</context>
<context>
    <name>ClassGridScreen</name>
    <message>
        <location filename="../../qml/screens/ClassGridScreen.qml" line="14"/>
        <source>Sign in a child: choose the class</source>
        <translation>帮孩子签到：先选班级</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ClassGridScreen.qml" line="14"/>
        <source>Which class are you in?</source>
        <translation>你在哪个班？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ClassGridScreen.qml" line="32"/>
        <source>No classes yet. The duty teacher adds the roster in teacher mode.</source>
        <translation>还没有班级。请值班老师在老师模式里添加名单。</translation>
    </message>
</context>
<context>
    <name>GreetingScreen</name>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="53"/>
        <source>Happy birthday, %1!</source>
        <translation>%1，生日快乐！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="55"/>
        <source>Goodbye, %1! See you soon.</source>
        <translation>再见，%1！下次见。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="57"/>
        <source>%1, you are already signed in.</source>
        <translation>%1，你已经签到啦。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="59"/>
        <source>%1, you are already signed out.</source>
        <translation>%1，你已经签退啦。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="61"/>
        <source>Welcome, %1!</source>
        <translation>欢迎你，%1！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="72"/>
        <source>Everyone in the Family Room wishes you a happy day. Signed in at %1.</source>
        <translation>亲情之家的大家祝你今天开开心心！签到时间 %1。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="72"/>
        <source>Signed out at %1. Go home safely!</source>
        <translation>签退时间 %1。回家路上注意安全！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="72"/>
        <source>Signed in at %1.</source>
        <translation>签到时间 %1。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="78"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="22"/>
        <source>Welcome to the Family Room</source>
        <translation>欢迎来到亲情之家</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="37"/>
        <source>Teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="60"/>
        <source>Sign in / Sign out</source>
        <translation>签到 / 签退</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="61"/>
        <source>Tap here, then find your photo</source>
        <translation>点这里，再找到你的照片</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="75"/>
        <source>Call Mum and Dad</source>
        <translation>给爸爸妈妈打电话</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="85"/>
        <source>Secret mailbox</source>
        <translation>悄悄话信箱</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="95"/>
        <source>Book corner</source>
        <translation>图书角</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <location filename="../../qml/components/IdleCountdown.qml" line="35"/>
        <source>Going back to the start… Touch the screen to stay.</source>
        <translation>马上回到首页……碰一下屏幕就能留下。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="12"/>
        <source>Qinqing Family Room</source>
        <translation>亲情之家</translation>
    </message>
</context>
<context>
    <name>MessageOverlay</name>
    <message>
        <location filename="../../qml/components/MessageOverlay.qml" line="40"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="11"/>
        <source>The kiosk&apos;s storage is full, so this was not saved. Please tell the duty teacher.</source>
        <translation>机器的存储空间满了，这次没有保存。请告诉值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="14"/>
        <source>The kiosk is busy. Please try again in a moment.</source>
        <translation>机器正忙，请等一下再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="16"/>
        <source>The kiosk cannot write its data folder, so this was not saved. Please tell the duty teacher.</source>
        <translation>机器无法写入数据文件夹，这次没有保存。请告诉值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="19"/>
        <source>The kiosk&apos;s data file is damaged, so this was not saved. Please tell the duty teacher.</source>
        <translation>机器的数据文件损坏了，这次没有保存。请告诉值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="24"/>
        <source>This was not saved because of a problem in the kiosk. Please tell the duty teacher.</source>
        <translation>机器出了点问题，这次没有保存。请告诉值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="31"/>
        <source>We could not find this child on the roster. Please tell the duty teacher.</source>
        <translation>名单上找不到这个孩子。请告诉值班老师。</translation>
    </message>
</context>
<context>
    <name>MoodScreen</name>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="16"/>
        <source>How do you feel today, %1?</source>
        <translation>%1，你今天心情怎么样？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="29"/>
        <source>Very happy</source>
        <translation>很开心</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="32"/>
        <source>Happy</source>
        <translation>开心</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="35"/>
        <source>So-so</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="38"/>
        <source>Sad</source>
        <translation>难过</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="41"/>
        <source>Very sad</source>
        <translation>很难过</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="81"/>
        <source>Only the counselor sees your answer.</source>
        <translation>只有心理老师能看到你的回答。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="90"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../qml/components/PinPad.qml" line="44"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>QqHeader</name>
    <message>
        <location filename="../../qml/components/QqHeader.qml" line="26"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>QqTile</name>
    <message>
        <location filename="../../qml/components/QqTile.qml" line="69"/>
        <source>Coming soon</source>
        <translation>即将开放</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/shell/shell.cpp" line="59"/>
        <source>This data folder was written by a newer version of Qinqing. Please install that version. The data has not been changed.</source>
        <translation>这个数据文件夹是由更新版本的亲情之家程序写入的。请安装那个版本。数据没有被改动。</translation>
    </message>
</context>
<context>
    <name>TeacherPinScreen</name>
    <message>
        <location filename="../../qml/screens/TeacherPinScreen.qml" line="14"/>
        <source>Type the new PIN again</source>
        <translation>请再输入一次新密码</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherPinScreen.qml" line="14"/>
        <source>Choose a teacher PIN</source>
        <translation>设置老师密码</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherPinScreen.qml" line="14"/>
        <source>Teacher mode: enter your PIN</source>
        <translation>老师模式：请输入密码</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherPinScreen.qml" line="15"/>
        <source>For the duty teacher only</source>
        <translation>仅限值班老师使用</translation>
    </message>
</context>
<context>
    <name>TeacherRoomScreen</name>
    <message numerus="yes">
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="16"/>
        <source>In the room now: %n child(ren)</source>
        <translation>
            <numerusform>在室儿童：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="17"/>
        <source>Visits today: %1  ·  %2</source>
        <translation>今天来访 %1 人次  ·  %2</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="39"/>
        <source>Nobody is in the room.</source>
        <translation>现在室内没有孩子。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="80"/>
        <source>since %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="88"/>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="106"/>
        <source>Sign a child in</source>
        <translation>帮孩子签到</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="114"/>
        <source>Export today</source>
        <translation>导出今天</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="122"/>
        <source>Export this month</source>
        <translation>导出本月</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="141"/>
        <source>Leave teacher mode</source>
        <translation>退出老师模式</translation>
    </message>
</context>
<context>
    <name>VisitExport</name>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="20"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="20"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="21"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="21"/>
        <source>Signed in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="22"/>
        <source>Signed out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="23"/>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="24"/>
        <source>Signed out by</source>
        <translation>签退方式</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="39"/>
        <source>closing time</source>
        <translation>闭室自动签退</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="40"/>
        <source>teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="41"/>
        <source>child</source>
        <translation>本人</translation>
    </message>
</context>
<context>
    <name>qq::KioskController</name>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="50"/>
        <source>MMMM d, dddd</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="102"/>
        <source>This class is not on the roster any more. Please ask the duty teacher.</source>
        <translation>这个班级已经不在名单上了。请问值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="127"/>
        <source>%1 is already in the room.</source>
        <translation>%1 已经在室内。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="128"/>
        <source>%1 is signed in.</source>
        <translation>%1 已签到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="180"/>
        <source>Thank you for telling us!</source>
        <translation>谢谢你告诉我们！</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="215"/>
        <source>Coming soon!</source>
        <translation>马上就来，敬请期待！</translation>
    </message>
</context>
<context>
    <name>qq::TeacherController</name>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="88"/>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>请设置 4 到 8 位数字密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="91"/>
        <source>Type the same PIN again to confirm.</source>
        <translation>请再输入一次同样的密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="94"/>
        <source>The two PINs were different. Please choose a PIN again.</source>
        <translation>两次输入的密码不一样，请重新设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="98"/>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>密码没能保存，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="119"/>
        <source>Wrong PIN. Too many tries: wait until %1.</source>
        <translation>密码错误。尝试次数太多，请等到 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/teacher_controller.cpp" line="120"/>
        <source>Wrong PIN. %n tries left before a pause.</source>
        <translation>
            <numerusform>密码错误。还可以再试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="123"/>
        <source>Too many wrong PINs. Please wait until %1.</source>
        <translation>密码错误次数太多，请等到 %1 再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="149"/>
        <source>%1 is signed out.</source>
        <translation>%1 已签退。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="149"/>
        <source>Signed out.</source>
        <translation>已签退。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/teacher_controller.cpp" line="179"/>
        <source>Saved %n visit(s) to %1</source>
        <translation>
            <numerusform>已保存 %n 条来访记录到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="182"/>
        <source>The export could not be saved: %1</source>
        <translation>导出没有保存成功：%1</translation>
    </message>
</context>
</TS>
