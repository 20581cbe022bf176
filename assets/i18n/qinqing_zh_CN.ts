<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChildFileScreen</name>
    <message>
        <source>Fill in and save</source>
        <translation type="vanished">填写后保存</translation>
    </message>
    <message>
        <source>Child&apos;s file and contact card</source>
        <translation type="vanished">儿童档案和联系卡</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="vanished">拍照</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation type="vanished">卡号：%1</translation>
    </message>
    <message>
        <source>No card yet</source>
        <translation type="vanished">还没有卡</translation>
    </message>
    <message>
        <source>Make card</source>
        <translation type="vanished">制作卡片</translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="vanished">换新卡</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="vanished">打印</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">保存</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="vanished">请选择…</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation type="vanished">拍下</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
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
    <message>
        <location filename="../../qml/screens/ClassGridScreen.qml" line="83"/>
        <source>Type my name</source>
        <translation>输入名字</translation>
    </message>
    <message>
        <source>Show my card</source>
        <translation type="vanished">刷我的卡</translation>
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
    <name>ImportScreen</name>
    <message>
        <source>Import roster</source>
        <translation type="vanished">导入名单</translation>
    </message>
    <message>
        <source>Choose the CSV file saved from the spreadsheet</source>
        <translation type="vanished">选择从表格另存的 CSV 文件</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="vanished">第 %1 行</translation>
    </message>
    <message>
        <source>Import all rows</source>
        <translation type="vanished">全部导入</translation>
    </message>
</context>
<context>
    <name>LetterKeyboard</name>
    <message>
        <location filename="../../qml/components/LetterKeyboard.qml" line="59"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../qml/components/LetterKeyboard.qml" line="66"/>
        <source>Clear</source>
        <translation>清空</translation>
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
    <name>RosterImport</name>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="141"/>
        <source>The file is saved as UTF-16 (&quot;Unicode text&quot;). Please save it as CSV (UTF-8) or CSV (GBK).</source>
        <translation>这个文件是 UTF-16（"Unicode 文本"）格式。请另存为 CSV（UTF-8）或 CSV（GBK）。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="159"/>
        <source>This kiosk cannot read GBK files. Please save the file as CSV (UTF-8).</source>
        <translation>这台机器读不了 GBK 文件，请另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="173"/>
        <source>The file is not in an encoding the kiosk knows (from line %1). Please save it as CSV (UTF-8) or CSV (GBK).</source>
        <translation>文件的编码无法识别（从第 %1 行起）。请另存为 CSV（UTF-8）或 CSV（GBK）。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="279"/>
        <source>The file could not be opened: %1</source>
        <translation>文件打不开：%1</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="285"/>
        <source>The file is too big for a roster (more than 20 MB).</source>
        <translation>文件太大了（超过 20 MB），不像是一份名单。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="295"/>
        <location filename="../../app/core/roster_import.cpp" line="308"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="309"/>
        <source>The first line is far too long to be a header.</source>
        <translation>第一行太长了，不像是表头。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="336"/>
        <source>Columns missing: %1. The first line must name the columns, e.g. 姓名,性别,出生日期,班级.</source>
        <translation>缺少这些列：%1。第一行要写列名，例如：姓名,性别,出生日期,班级。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="344"/>
        <source>Columns not used: %1</source>
        <translation>这些列不会导入：%1</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="347"/>
        <source>The file has only the header line, no children.</source>
        <translation>文件只有表头，没有儿童。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="363"/>
        <source>This line is far too long (over 64 KB); is it really one child?</source>
        <translation>这一行太长了（超过 64 KB），不像是一名儿童的信息。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="369"/>
        <source>%1 cells, but the header has %2 columns.</source>
        <translation>这一行有 %1 格，但表头只有 %2 列。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="379"/>
        <location filename="../../app/core/roster_import.cpp" line="397"/>
        <source>%1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="381"/>
        <source>%1 is longer than 32 characters.</source>
        <translation>%1超过 32 个字。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="385"/>
        <source>%1 &quot;%2&quot; should be 男 or 女.</source>
        <translation>%1"%2"应为男或女。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="389"/>
        <source>%1 &quot;%2&quot; is not a date like 2015-03-07.</source>
        <translation>%1"%2"不是 2015-03-07 这样的日期。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="393"/>
        <source>%1 &quot;%2&quot;: a pupil is between 3 and 20 years old.</source>
        <translation>%1"%2"：学生年龄应在 3 到 20 岁之间。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="426"/>
        <source>%1 &quot;%2&quot; is not an age.</source>
        <translation>%1"%2"不是一个年龄。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="430"/>
        <source>%1 &quot;%2&quot; is not a phone number.</source>
        <translation>%1"%2"不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="436"/>
        <source>%1 is empty, but other details of that person are given.</source>
        <translation>%1为空，但填了这个人的其他信息。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="447"/>
        <location filename="../../app/core/roster_import.cpp" line="454"/>
        <source>%1 &quot;%2&quot; is also on line %3.</source>
        <translation>%1"%2"在第 %3 行也出现了。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="465"/>
        <source>%1 &quot;%2&quot; is not on the roster; leave it empty for a new child.</source>
        <translation>%1"%2"不在名单上；新儿童请留空。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="481"/>
        <source>%1 &quot;%2&quot; belongs to %3 already.</source>
        <translation>%1"%2"已经属于%3。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="486"/>
        <source>Another line of the file is the same child.</source>
        <translation>文件里另一行也是这名儿童。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="512"/>
        <source>Nothing was imported: the file still has problems.</source>
        <translation>没有导入：文件里还有问题。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="539"/>
        <source>The roster changed since the preview (line %1). Please choose the file again.</source>
        <translation>预览之后名单有了变化（第 %1 行）。请重新选择文件。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="557"/>
        <source>The roster changed since the preview (a card code is now taken). Please choose the file again.</source>
        <translation>预览之后名单有了变化（有卡号已被占用）。请重新选择文件。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="560"/>
        <source>Nothing was imported: the kiosk could not save (%1).</source>
        <translation>没有导入：机器无法保存（%1）。</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <source>Children and cards</source>
        <translation type="vanished">儿童和卡片</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) on the roster</source>
        <translation type="vanished">
            <numerusform>名单上共 %n 名儿童</numerusform>
        </translation>
    </message>
    <message>
        <source>Find: name or pinyin letters</source>
        <translation type="vanished">查找：姓名或拼音字母</translation>
    </message>
    <message>
        <source>Card ✓</source>
        <translation type="vanished">有卡 ✓</translation>
    </message>
    <message>
        <source>No card</source>
        <translation type="vanished">无卡</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="vanished">添加儿童</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="vanished">导入名单</translation>
    </message>
    <message>
        <source>Print all cards</source>
        <translation type="vanished">打印全部卡片</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Show your card</source>
        <translation type="vanished">刷卡</translation>
    </message>
    <message>
        <source>Hold it still in front of the camera</source>
        <translation type="vanished">把卡放在摄像头前，别动</translation>
    </message>
    <message>
        <source>The square side of the card goes towards the camera.</source>
        <translation type="vanished">把卡上有方块码的一面对着摄像头。</translation>
    </message>
    <message>
        <source>Type my name</source>
        <translation type="vanished">输入名字</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../qml/screens/SearchScreen.qml" line="16"/>
        <source>Type your name in pinyin</source>
        <translation>用拼音输入你的名字</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SearchScreen.qml" line="17"/>
        <source>The first letters are enough: zxm for 张小明</source>
        <translation>输入首字母就行：张小明 打 zxm</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SearchScreen.qml" line="52"/>
        <source>Letters of your name…</source>
        <translation>名字的拼音字母…</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SearchScreen.qml" line="124"/>
        <source>Your photo shows up here as you type.</source>
        <translation>一边打字，你的照片就会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SearchScreen.qml" line="124"/>
        <source>No one found. Try fewer letters, or go back and tap your class.</source>
        <translation>没有找到。少打几个字母试试，或者返回点你的班级。</translation>
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
        <source>Children and cards</source>
        <translation type="vanished">儿童和卡片</translation>
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
    <name>qq::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation type="vanished">新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="vanished">更新</translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="vanished">不变</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="vanished">有错</translation>
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
        <source>This card is not on the roster. Please show it to the duty teacher.</source>
        <translation type="vanished">这张卡不在名单上，请拿给值班老师看看。</translation>
    </message>
    <message>
        <source>That is not a Qinqing card. Please show your own card.</source>
        <translation type="vanished">这不是亲情卡，请刷你自己的卡。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="285"/>
        <source>Coming soon!</source>
        <translation>马上就来，敬请期待！</translation>
    </message>
</context>
<context>
    <name>qq::RosterController</name>
    <message>
        <source>Girl</source>
        <translation type="vanished">女</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation type="vanished">男</translation>
    </message>
    <message>
        <source>New child</source>
        <translation type="vanished">新儿童</translation>
    </message>
    <message>
        <source>This child is not on the roster any more.</source>
        <translation type="vanished">这名儿童已不在名单上。</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="vanished">儿童</translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="vanished">父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="vanished">母亲</translation>
    </message>
    <message>
        <source>Guardian at home</source>
        <translation type="vanished">在家监护人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="vanished">性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="vanished">出生日期</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">班级</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation type="vanished">性格</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation type="vanished">爱好</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation type="vanished">病史</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>Works in (city)</source>
        <translation type="vanished">务工城市</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="vanished">工作单位</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="vanished">关系</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">住址</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="vanished">年龄</translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="vanished">健康状况</translation>
    </message>
    <message>
        <source>The name is needed.</source>
        <translation type="vanished">请填写姓名。</translation>
    </message>
    <message>
        <source>At most 32 characters.</source>
        <translation type="vanished">最多 32 个字。</translation>
    </message>
    <message>
        <source>Choose girl or boy.</source>
        <translation type="vanished">请选择女或男。</translation>
    </message>
    <message>
        <source>Write the date as 2015-03-07.</source>
        <translation type="vanished">日期请写成 2015-03-07。</translation>
    </message>
    <message>
        <source>A pupil is between 3 and 20 years old.</source>
        <translation type="vanished">学生年龄应在 3 到 20 岁之间。</translation>
    </message>
    <message>
        <source>Choose the class.</source>
        <translation type="vanished">请选择班级。</translation>
    </message>
    <message>
        <source>An age between 10 and 120.</source>
        <translation type="vanished">年龄应在 10 到 120 之间。</translation>
    </message>
    <message>
        <source>Digits only, like 138 0000 0000.</source>
        <translation type="vanished">只填数字，例如 138 0000 0000。</translation>
    </message>
    <message>
        <source>The name is needed too.</source>
        <translation type="vanished">也请填写姓名。</translation>
    </message>
    <message>
        <source>Please check the fields marked in red.</source>
        <translation type="vanished">请检查标红的内容。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="vanished">已保存。</translation>
    </message>
    <message>
        <source>Save the file first, then take the photo.</source>
        <translation type="vanished">请先保存档案，再拍照。</translation>
    </message>
    <message>
        <source>No picture from the camera yet. Please try again.</source>
        <translation type="vanished">摄像头还没有画面，请再试一次。</translation>
    </message>
    <message>
        <source>Photo saved.</source>
        <translation type="vanished">照片已保存。</translation>
    </message>
    <message>
        <source>Save the file first, then make the card.</source>
        <translation type="vanished">请先保存档案，再制作卡片。</translation>
    </message>
    <message>
        <source>New card made. The old card no longer works.</source>
        <translation type="vanished">新卡已制作，旧卡不能再用了。</translation>
    </message>
    <message>
        <source>Card made.</source>
        <translation type="vanished">卡片已制作。</translation>
    </message>
    <message>
        <source>No child has a card yet. Open a child&apos;s file and tap &quot;Make card&quot;.</source>
        <translation type="vanished">还没有儿童有卡。请打开儿童档案，点&quot;制作卡片&quot;。</translation>
    </message>
    <message>
        <source>The card sheet could not be saved: %1</source>
        <translation type="vanished">卡片文件没能保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) ready to print: %1</source>
        <translation type="vanished">
            <numerusform>%n 张卡片可以打印了：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the card first.</source>
        <translation type="vanished">请先制作卡片。</translation>
    </message>
    <message>
        <source>No CSV file found. Save the roster from the spreadsheet as CSV and put it on a USB stick, or in %1.</source>
        <translation type="vanished">没有找到 CSV 文件。请把表格里的名单另存为 CSV，放到 U 盘上，或放到 %1。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 to update, %5 unchanged, %6 with errors</source>
        <translation type="vanished">%1（%2）：新增 %3，更新 %4，不变 %5，有错 %6</translation>
    </message>
    <message>
        <source>Nothing is imported until every row is right. Fix the rows marked in red in the spreadsheet, save as CSV again and choose the file again.</source>
        <translation type="vanished">每一行都正确后才会导入。请在表格里改好标红的行，重新另存为 CSV，再选一次文件。</translation>
    </message>
    <message>
        <source>Roster imported: %1 new, %2 updated.</source>
        <translation type="vanished">名单已导入：新增 %1，更新 %2。</translation>
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
